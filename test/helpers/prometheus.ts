// A real Prometheus (Debian's package) for the tests: a temp TSDB filled with
// generated history by `promtool tsdb create-blocks-from openmetrics`, served
// on 127.0.0.1. Missing binaries fail the test with the install command.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';

const INSTALL = 'apt-get install -y prometheus   (.ci/run does this when it is missing)';

function binary(name: string): string {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/bin', '/usr/local/bin'])) if (existsSync(join(dir, name))) return join(dir, name);
  throw new Error(`${name} is not installed; the recommend tests need a real Prometheus: ${INSTALL}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

export interface Series {
  labels: Record<string, string>;
  /** [unix seconds, value] in ascending time. */
  samples: Array<[number, number]>;
}

/** OpenMetrics text of cAdvisor-like families: the CPU counter and the working-set gauge. */
export function openMetrics(cpu: Series[], memory: Series[]): string {
  const labels = (l: Record<string, string>) => `{${Object.entries(l).map(([k, v]) => `${k}="${v}"`).join(',')}}`;
  const lines = ['# TYPE container_cpu_usage_seconds counter'];
  for (const s of cpu) for (const [t, v] of s.samples) lines.push(`container_cpu_usage_seconds_total${labels(s.labels)} ${v} ${t}`);
  lines.push('# TYPE container_memory_working_set_bytes gauge');
  for (const s of memory) for (const [t, v] of s.samples) lines.push(`container_memory_working_set_bytes${labels(s.labels)} ${v} ${t}`);
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

export interface RunningPrometheus {
  url: string;
  stop(): Promise<void>;
}

export async function startPrometheus(metrics: string): Promise<RunningPrometheus> {
  const prometheus = binary('prometheus');
  const promtool = binary('promtool');
  // Lives as long as the server (started in beforeAll, outside any one test).
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-prometheus-'));
  const data = join(dir, 'data');
  writeFileSync(join(dir, 'history.om'), metrics);
  // Blocks of up to 14 days: the whole history lands in one or two blocks.
  execFileSync(promtool, ['tsdb', 'create-blocks-from', 'openmetrics', '--max-block-duration=336h', join(dir, 'history.om'), data], { stdio: 'pipe' });
  writeFileSync(join(dir, 'prometheus.yml'), 'global: {}\n');
  const port = await freePort();
  const child: ChildProcess = spawn(
    prometheus,
    [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${data}`, '--storage.tsdb.retention.time=20y', `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/-/ready`)).ok) break;
    } catch {}
    if (i > 150) {
      child.kill('SIGKILL');
      throw new Error('Prometheus did not become ready in 15 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
