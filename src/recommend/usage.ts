// Observed usage per container: CPU in cores and memory working set in bytes,
// sampled over a window. From Prometheus (cAdvisor metrics) or from an export
// (CSV or JSON rows) for teams without one.
import { readFileSync } from 'node:fs';
import { TollgateError } from '../errors.js';

export interface Sample {
  /** Unix seconds. */
  t: number;
  v: number;
}

export interface ContainerUsage {
  namespace: string;
  pod: string;
  container: string;
  /** Cores, one sample per interval. */
  cpu: Sample[];
  /** Working-set bytes. */
  memory: Sample[];
}

export const usageKey = (u: { namespace: string; pod: string; container: string }) => `${u.namespace}/${u.pod}/${u.container}`;

/** Groups rows into per-container series, each sorted by time. */
export function fromRows(rows: Array<{ t: number; namespace: string; pod: string; container: string; cpu?: number; memory?: number }>): ContainerUsage[] {
  const byKey = new Map<string, ContainerUsage>();
  for (const row of rows) {
    const key = usageKey(row);
    let usage = byKey.get(key);
    if (!usage) byKey.set(key, (usage = { namespace: row.namespace, pod: row.pod, container: row.container, cpu: [], memory: [] }));
    if (row.cpu !== undefined && Number.isFinite(row.cpu)) usage.cpu.push({ t: row.t, v: row.cpu });
    if (row.memory !== undefined && Number.isFinite(row.memory)) usage.memory.push({ t: row.t, v: row.memory });
  }
  for (const u of byKey.values()) {
    u.cpu.sort((a, b) => a.t - b.t);
    u.memory.sort((a, b) => a.t - b.t);
  }
  return [...byKey.values()];
}

const optionalNumber = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : Number(value));

const CSV_HEADER = ['timestamp', 'namespace', 'pod', 'container', 'cpu_cores', 'memory_bytes'];

/** A timestamp as RFC 3339 or Unix seconds. */
function seconds(value: unknown, where: string): number {
  const n = typeof value === 'number' ? value : /^\d+(\.\d+)?$/.test(String(value)) ? Number(value) : Date.parse(String(value)) / 1000;
  if (!Number.isFinite(n)) throw new TollgateError('input', `${where}: ${JSON.stringify(value)} is not a timestamp (RFC 3339 or Unix seconds)`);
  return n;
}

/**
 * An export: CSV with the header `timestamp,namespace,pod,container,cpu_cores,memory_bytes`, or a
 * JSON array of objects with those keys (`cpu`/`memory` accepted for the last two).
 */
export function readUsageFile(path: string, shown: string): ContainerUsage[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TollgateError('input', `cannot read --usage ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (text.trimStart().startsWith('[')) {
    let rows: unknown;
    try {
      rows = JSON.parse(text);
    } catch (error) {
      throw new TollgateError('input', `--usage ${shown} is not JSON: ${(error as Error).message}`, { file: shown });
    }
    return fromRows(
      (rows as Array<Record<string, unknown>>).map((r, i) => ({
        t: seconds(r.timestamp, `${shown} row ${i + 1}`),
        namespace: String(r.namespace ?? ''),
        pod: String(r.pod ?? ''),
        container: String(r.container ?? ''),
        cpu: optionalNumber(r.cpu_cores ?? r.cpu),
        memory: optionalNumber(r.memory_bytes ?? r.memory),
      })),
    );
  }
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0]?.split(',').map((h) => h.trim());
  if (!header || CSV_HEADER.some((h, i) => header[i] !== h)) {
    throw new TollgateError('input', `--usage ${shown}: the first line must be ${CSV_HEADER.join(',')}`, { file: shown, line: 1 });
  }
  return fromRows(
    lines.slice(1).map((line, i) => {
      const cells = line.split(',').map((c) => c.trim());
      if (cells.length !== CSV_HEADER.length) throw new TollgateError('input', `expected ${CSV_HEADER.length} columns, got ${cells.length}`, { file: shown, line: i + 2 });
      return { t: seconds(cells[0], `${shown}:${i + 2}`), namespace: cells[1], pod: cells[2], container: cells[3], cpu: optionalNumber(cells[4]), memory: optionalNumber(cells[5]) };
    }),
  );
}
