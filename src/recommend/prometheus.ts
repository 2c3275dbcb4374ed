// Usage from Prometheus's HTTP API: per-interval CPU (irate of the cAdvisor
// counter, so each 5-minute step is that interval's own average) and the
// working set, as range queries over the window. Percentiles are computed by
// tollgate, so strategies and their parameters stay tollgate's.
import type { AppAnalysis } from '../analyze.js';
import { TollgateError } from '../errors.js';
import type { ContainerUsage, Sample } from './usage.js';
import { usageKey } from './usage.js';

export interface PrometheusQuery {
  url: string;
  namespaces: string[];
  /** Window end (Unix seconds) and length. */
  end: number;
  windowSeconds: number;
  stepSeconds: number;
  signal?: AbortSignal;
}

interface MatrixResult {
  metric: Record<string, string>;
  values: Array<[number, string]>;
}

const escapeLabel = (v: string) => v.replace(/[\\.+*?()|[\]{}^$]/g, '\\\\$&').replace(/"/g, '\\"');

/** The URL as it may appear in messages: without a password in it. */
function shown(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

async function queryRange(q: PrometheusQuery, expr: string, start: number): Promise<MatrixResult[]> {
  let url: URL;
  try {
    url = new URL('api/v1/query_range', q.url.endsWith('/') ? q.url : `${q.url}/`);
  } catch {
    throw new TollgateError('usage', `--prometheus ${shown(q.url)} is not a URL`, { hint: 'e.g. http://prometheus.monitoring:9090' });
  }
  // Basic-auth credentials in the URL go in a header: fetch refuses them in the URL.
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (url.username || url.password) {
    headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  const body = new URLSearchParams({ query: expr, start: String(start), end: String(q.end), step: `${q.stepSeconds}s` });
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body, headers, signal: q.signal });
  } catch (error) {
    throw new TollgateError('input', `cannot reach Prometheus at ${shown(q.url)}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`, {
      hint: 'check --prometheus (e.g. http://prometheus.monitoring:9090)',
    });
  }
  const json = (await response.json().catch(() => undefined)) as { status?: string; error?: string; data?: { resultType: string; result: MatrixResult[] } } | undefined;
  if (!response.ok || json?.status !== 'success') {
    throw new TollgateError('input', `Prometheus answered ${response.status} to ${expr}: ${json?.error ?? response.statusText}`);
  }
  return json.data?.result ?? [];
}

/** Every container's usage in the namespaces over the window. */
export async function usageFromPrometheus(q: PrometheusQuery): Promise<ContainerUsage[]> {
  const namespaces = q.namespaces.length ? `namespace=~"${q.namespaces.map(escapeLabel).join('|')}",` : '';
  const selector = `{${namespaces}container!="",container!="POD"}`;
  const start = q.end - q.windowSeconds;
  // irate over two steps: exactly the last interval's rate at every step.
  const [cpu, memory] = await Promise.all([
    queryRange(q, `sum by (namespace, pod, container) (irate(container_cpu_usage_seconds_total${selector}[${q.stepSeconds * 2}s]))`, start),
    queryRange(q, `max by (namespace, pod, container) (container_memory_working_set_bytes${selector})`, start),
  ]);
  const rows = new Map<string, ContainerUsage>();
  const add = (results: MatrixResult[], which: 'cpu' | 'memory') => {
    for (const r of results) {
      const id = { namespace: r.metric.namespace ?? '', pod: r.metric.pod ?? '', container: r.metric.container ?? '' };
      const key = usageKey(id);
      let usage = rows.get(key);
      if (!usage) rows.set(key, (usage = { ...id, cpu: [], memory: [] }));
      const samples: Sample[] = usage[which];
      for (const [t, v] of r.values) samples.push({ t, v: Number(v) });
    }
  };
  add(cpu, 'cpu');
  add(memory, 'memory');
  for (const u of rows.values()) {
    u.cpu.sort((a, b) => a.t - b.t);
    u.memory.sort((a, b) => a.t - b.t);
  }
  return [...rows.values()];
}

/** The usage of an app's containers: the namespaces its resources live in (the render's namespace for those without one). */
export function usageForApp(analysis: AppAnalysis, q: Omit<PrometheusQuery, 'namespaces'>): Promise<ContainerUsage[]> {
  const fallback = analysis.head.render.inputs.namespace ?? '';
  const namespaces = [...new Set(analysis.head.render.resources.map((r) => r.object.metadata?.namespace ?? fallback))].filter(Boolean);
  return usageFromPrometheus({ ...q, namespaces });
}
