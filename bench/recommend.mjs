// (k) tollgate recommend for 500 containers over 14 days of 5-minute samples,
// read from a real Prometheus filled by promtool; the Prometheus query time is
// reported apart from tollgate's own work. Run by run.mjs.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

export async function benchRecommend({ cli, env, median, runs }) {
  const which = (name) => spawnSync('sh', ['-c', `command -v ${name}`]).stdout.toString().trim();
  if (!which('prometheus') || !which('promtool')) {
    console.log('(k) tollgate recommend, 500 containers × 14 days from Prometheus: SKIPPED — prometheus is not installed (apt-get install -y prometheus)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-bench-recommend-'));
  try {
    const CONTAINERS = 500;
    const STEP = 300;
    const N = 14 * 288;
    const end = Date.UTC(2026, 10, 20) / 1000;
    // The app: 500 Deployments of one container each.
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(
      join(app, 'deployments.yaml'),
      Array.from({ length: CONTAINERS }, (_, i) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app-${i}, namespace: bench}\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n      - name: main\n        image: registry.example.com/app-${i}:1\n        resources:\n          requests: {cpu: 500m, memory: 512Mi}\n`).join('---\n'),
    );
    // 14 days of history for each, written as OpenMetrics and turned into TSDB blocks.
    const om = createWriteStream(join(dir, 'history.om'));
    const write = async (line) => {
      if (!om.write(line)) await once(om, 'drain');
    };
    const labels = (i) => `{namespace="bench",pod="app-${i}-5d8f7b9c4d-x2x4z",container="main"}`;
    await write('# TYPE container_cpu_usage_seconds counter\n');
    for (let i = 0; i < CONTAINERS; i++) {
      let total = 0;
      const chunk = [];
      for (let k = 0; k < N; k++) {
        total += (0.05 + ((k * 7 + i) % 23) / 100) * STEP;
        chunk.push(`container_cpu_usage_seconds_total${labels(i)} ${total.toFixed(3)} ${end - (N - 1 - k) * STEP}\n`);
      }
      await write(chunk.join(''));
    }
    await write('# TYPE container_memory_working_set_bytes gauge\n');
    for (let i = 0; i < CONTAINERS; i++) {
      const chunk = [];
      for (let k = 0; k < N; k++) chunk.push(`container_memory_working_set_bytes${labels(i)} ${100 * 2 ** 20 + ((k * 13 + i) % 97) * 2 ** 20} ${end - (N - 1 - k) * STEP}\n`);
      await write(chunk.join(''));
    }
    await write('# EOF\n');
    om.end();
    await once(om, 'finish');
    const blocksStarted = performance.now();
    execFileSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', '--max-block-duration=336h', join(dir, 'history.om'), join(dir, 'data')], { stdio: 'ignore' });
    const blocksMs = performance.now() - blocksStarted;
    rmSync(join(dir, 'history.om'));
    writeFileSync(join(dir, 'prometheus.yml'), 'global: {}\n');
    const port = await new Promise((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = s.address().port;
        s.close(() => resolve(p));
      });
    });
    const server = spawn('prometheus', [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, '--storage.tsdb.retention.time=20y', `--web.listen-address=127.0.0.1:${port}`, '--log.level=error'], { stdio: 'ignore' });
    try {
      const url = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 600; i++) {
        try {
          if ((await fetch(`${url}/-/ready`)).ok) break;
        } catch {}
        await new Promise((r) => setTimeout(r, 100));
      }
      const once_ = () => {
        const started = performance.now();
        const run = spawnSync(process.execPath, [cli, 'recommend', app, '--prometheus', url, '--end', '2026-11-20T00:00:00Z', '--format', 'json'], { env: { ...env, TOLLGATE_DEBUG: '1' }, maxBuffer: 1 << 30 });
        const wallMs = performance.now() - started;
        if (run.status !== 0) throw new Error(`recommend failed: ${run.stderr}`);
        const queryMs = Number(/usage read in (\d+) ms/.exec(run.stderr.toString())?.[1]);
        const containers = JSON.parse(run.stdout).resources.reduce((n, r) => n + r.containers.filter((c) => c.status === 'recommended').length, 0);
        return { wallMs, queryMs, containers };
      };
      once_();
      const results = Array.from({ length: Math.min(runs, 3) }, once_);
      const wall = median(results.map((r) => r.wallMs));
      const query = median(results.map((r) => r.queryMs));
      console.log(
        `(k) tollgate recommend, ${results[0].containers} containers × 14 days of 5-minute samples from Prometheus\n` +
          `    ${wall.toFixed(0)} ms in all (target ≤ 10000 ms) ${wall <= 10000 ? 'ok' : 'MISSED'}; of which reading Prometheus ${query.toFixed(0)} ms, tollgate's own work ${(wall - query).toFixed(0)} ms` +
          ` (filling the TSDB with promtool took ${(blocksMs / 1000).toFixed(0)} s, not counted)`,
      );
    } finally {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
