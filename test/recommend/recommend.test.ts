// `tollgate recommend` against a real Prometheus filled with generated usage
// whose percentiles are worked out here by hand, and against usage exports.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { CORPUS, KUBECTL, gitRepoWith, runCli, tempDir } from '../helpers/env.js';
import { openMetrics, startPrometheus, type RunningPrometheus, type Series } from '../helpers/prometheus.js';

const END = Date.UTC(2026, 10, 20) / 1000; // 2026-11-20T00:00:00Z
const STEP = 300;
const N = 4032; // 14 days of 5-minute samples
const times = (n = N) => Array.from({ length: n }, (_, i) => END - (n - 1 - i) * STEP);
const Mi = 2 ** 20;

/** A CPU counter whose every 5-minute interval i ≥ 1 averages usage(i) cores (irate gives it back exactly). */
function counter(labels: Record<string, string>, usage: (i: number) => number, n = N): Series {
  let total = 0;
  return { labels, samples: times(n).map((t, i) => [t, (total += i === 0 ? 0 : usage(i) * STEP)]) };
}
const gauge = (labels: Record<string, string>, value: (i: number) => number, n = N): Series => ({ labels, samples: times(n).map((t, i) => [t, value(i)]) });

const pod = (name: string, container: string) => ({ namespace: 'shop', pod: name, container });
const WEB_A = pod('web-5d8f7b9c4d-x2x4z', 'web');
const WEB_B = pod('web-5d8f7b9c4d-q7w9k', 'web');
const API = pod('api-6c9d8b7f5-h2k4m', 'api');
const DB = pod('db-0', 'db');
const OTHER = pod('billing-7f6d5c4b8-zz2xz', 'billing');

// web A: 0.12 cores, with a 0.9-core spike every 20th interval starting at 1: 202 of 4031 intervals.
const spiky = (i: number) => (i % 20 === 1 ? 0.9 : 0.12);
// web A's working set grows 4 KiB every 5 minutes from 200Mi.
const growing = (i: number) => 200 * Mi + i * 4096;

const CPU: Series[] = [counter(WEB_A, spiky), counter(WEB_B, () => 0.2), counter(API, () => 0.3), counter(DB, () => 0.1, 100), counter(OTHER, () => 1)];
const MEMORY: Series[] = [gauge(WEB_A, growing), gauge(WEB_B, () => 150 * Mi), gauge(API, () => 300 * Mi), gauge(DB, () => 64 * Mi, 100), gauge(OTHER, () => Mi)];

/** p-th percentile, linear between closest ranks, written out here independently of the code under test. */
function expectedPercentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * (p / 100);
  return s[Math.floor(h)] + (h - Math.floor(h)) * (s[Math.ceil(h)] - s[Math.floor(h)]);
}

const WEB_YAML = `# The storefront.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 2
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web   # the app itself
          image: ghcr.io/acme/web:1.4.2
          ports:
            - containerPort: 8080
          resources:
            requests:
              cpu: 500m      # sized for launch day
              memory: 1Gi
            limits:
              cpu: "1"
              memory: 2Gi
`;

const APP = {
  'apps/shop/web.yaml': WEB_YAML,
  'apps/shop/api.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  replicas: 2
  template:
    spec:
      containers:
      - name: api
        image: ghcr.io/acme/api:2.1.0
        resources:
          requests: {cpu: 300m, memory: 512Mi}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: api, namespace: shop}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
  minReplicas: 2
  maxReplicas: 6
  metrics:
  - type: Resource
    resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
`,
  'apps/shop/db.yaml': `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: shop}
spec:
  replicas: 1
  template:
    spec:
      containers:
      - name: db
        image: postgres:16.4
        resources:
          requests: {cpu: 250m, memory: 256Mi}
`,
};

let prometheus: RunningPrometheus;
beforeAll(async () => {
  prometheus = await startPrometheus(openMetrics(CPU, MEMORY));
}, 120_000);
afterAll(async () => {
  await prometheus?.stop();
});

const recommendArgs = (path: string, ...extra: string[]) => ['recommend', path, '--prometheus', prometheus.url, '--end', '2026-11-20T00:00:00Z', ...extra];

describe('recommend from Prometheus', () => {
  it('matches hand-computed percentiles: a spiky CPU series, a growing memory series, an HPA, too few samples', () => {
    const repo = gitRepoWith(APP);
    const run = runCli(recommendArgs(join(repo, 'apps/shop'), '--format', 'json'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);

    // web: CPU p95 over 4031 intervals per pod, the busier pod wins; memory = peak + 15%.
    const p95 = expectedPercentile(Array.from({ length: N - 1 }, (_, i) => spiky(i + 1)), 95);
    expect(p95).toBeCloseTo(0.51, 12); // rank 0.95 × 4030 = 3828.5, halfway from 0.12 to 0.9
    const peak = growing(N - 1); // 226,226,176 bytes
    const web = json.resources.find((r: any) => r.name === 'web');
    expect(web.containers[0]).toEqual({
      container: 'web',
      status: 'recommended',
      reason: 'cpu p95 of 8062 samples over 14d; memory peak over 14d + 15%',
      pods: 2,
      samples: { cpu: 8062, memory: 8064 },
      current: { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1', memory: '2Gi' } },
      recommended: { requests: { cpu: '510m', memory: `${Math.ceil((peak * 1.15) / Mi)}Mi` }, limits: { cpu: null, memory: '249Mi' } },
    });
    expect(Math.ceil((peak * 1.15) / Mi)).toBe(249);
    expect(web.patch).toEqual([
      { op: 'replace', path: '/spec/template/spec/containers/0/resources/limits/memory', value: '249Mi' },
      { op: 'remove', path: '/spec/template/spec/containers/0/resources/limits/cpu' },
      { op: 'replace', path: '/spec/template/spec/containers/0/resources/requests/memory', value: '249Mi' },
      { op: 'replace', path: '/spec/template/spec/containers/0/resources/requests/cpu', value: '510m' },
    ]);
    // Priced by the cost engine: 2 × (cores × 0.031611 + GiB × 0.004237) × 730.
    const monthly = (cores: number, gib: number) => Math.round(2 * (cores * 0.031611 + gib * 0.004237) * 730 * 100) / 100;
    expect(web.monthly).toEqual({ current: monthly(0.5, 1), recommended: monthly(0.51, 249 / 1024), saving: Math.round((monthly(0.5, 1) - monthly(0.51, 249 / 1024)) * 100) / 100 });

    // Next month: the requests grown along a straight line through the daily means (days counted back from the end).
    const growthOf = (series: Series[]) => {
      const days = new Map<number, number[]>();
      for (const s of series) for (const [t, v] of s.samples) days.set(Math.floor((END - t) / 86400), [...(days.get(Math.floor((END - t) / 86400)) ?? []), v]);
      const xs = [...days.keys()].map((d) => -d - 0.5);
      const ys = [...days.values()].map((v) => v.reduce((a, b) => a + b, 0) / v.length);
      const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
      const my = ys.reduce((a, b) => a + b, 0) / ys.length;
      const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
      return (my + slope * (15 - mx)) / (my + slope * (0 - mx));
    };
    const perInterval = (s: Series): Series => ({ labels: s.labels, samples: s.samples.slice(1).map(([t, v], i) => [t, (v - s.samples[i][1]) / STEP]) });
    const g = { cpu: growthOf([perInterval(CPU[0]), perInterval(CPU[1])]), memory: growthOf([MEMORY[0], MEMORY[1]]) };
    expect(web.forecast.growth).toEqual({ cpu: Math.round(g.cpu * 1000) / 1000, memory: Math.round(g.memory * 1000) / 1000 });
    expect(web.forecast.monthly).toBe(monthly(Math.ceil(510 * g.cpu) / 1000, Math.ceil(249 * g.memory) / 1024));

    // api: an HPA scales it on cpu, so only memory moves: 300Mi + 15% = 345Mi.
    const api = json.resources.find((r: any) => r.name === 'api').containers[0];
    expect(api.reason).toBe('cpu skipped: an HPA scales on cpu; memory peak over 14d + 15%');
    expect(api.recommended).toEqual({ requests: { memory: '345Mi' }, limits: { memory: '345Mi' } });

    // db: 99 CPU intervals and 100 memory samples, under the 288 needed.
    const db = json.resources.find((r: any) => r.name === 'db').containers[0];
    expect(db).toMatchObject({ status: 'not-enough-data', reason: 'not enough data: 100 samples, 288 needed', recommended: { requests: {}, limits: {} } });
    expect(json.unmatched).toBe(1);
  });

  it('the vpa strategy: p90 + 15% for cpu, p90 of daily peaks over 8 days + 15% for memory', () => {
    const repo = gitRepoWith(APP);
    const json = JSON.parse(runCli(recommendArgs(join(repo, 'apps/shop'), '--format', 'json', '--strategy', 'vpa')).stdout);
    const web = json.resources.find((r: any) => r.name === 'web').containers[0];
    // cpu: p90 of web A is 0.12 (only 5% spikes), of web B 0.2 → 0.2 × 1.15 = 0.23; limit scaled 1 × 230/500.
    expect(expectedPercentile(Array.from({ length: N - 1 }, (_, i) => spiky(i + 1)), 90)).toBe(0.12);
    // memory: web A's daily peaks over the last 8 days (days end at midnight UTC = END): peak of day k is growing(N-1-288k).
    const peaks = Array.from({ length: 8 }, (_, k) => growing(N - 1 - 288 * k));
    const memory = Math.ceil((expectedPercentile(peaks, 90) * 1.15) / Mi);
    expect(web.recommended).toEqual({ requests: { cpu: '230m', memory: `${memory}Mi` }, limits: { cpu: '460m', memory: `${Math.ceil((2048 * memory) / 1024)}Mi` } });
  });

  it('--write on plain files changes only the resource lines, keeps comments, and re-renders', () => {
    const repo = gitRepoWith(APP);
    const run = runCli(recommendArgs(join(repo, 'apps/shop'), '--write'));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('tollgate: wrote apps/shop/api.yaml\ntollgate: wrote apps/shop/web.yaml\n');
    expect(readFileSync(join(repo, 'apps/shop/web.yaml'), 'utf8')).toBe(
      WEB_YAML.replace('              cpu: 500m      # sized for launch day\n              memory: 1Gi\n', '              cpu: 510m      # sized for launch day\n              memory: 249Mi\n').replace(
        '              cpu: "1"\n              memory: 2Gi\n',
        '              memory: 249Mi\n',
      ),
    );
    expect(readFileSync(join(repo, 'apps/shop/api.yaml'), 'utf8')).toContain('          requests: {cpu: 300m, memory: 345Mi}\n          limits:\n            memory: 345Mi\n');
    const rendered = runCli(['render', join(repo, 'apps/shop'), '--annotations', 'none']);
    expect(rendered.status).toBe(0);
    const web = parseAllDocuments(rendered.stdout).map((d) => d.toJS()).find((o) => o.metadata.name === 'web' && o.kind === 'Deployment');
    expect(web.spec.template.spec.containers[0].resources).toEqual({ requests: { cpu: '510m', memory: '249Mi' }, limits: { memory: '249Mi' } });
  });

  it('pretty output says what changes, why, and what it saves (golden)', () => {
    const repo = gitRepoWith({ 'apps/shop/web.yaml': WEB_YAML });
    const run = runCli(recommendArgs(join(repo, 'apps/shop')));
    expect(run.stdout).toBe(
      [
        'apps/shop: krr strategy, 14d of usage',
        '',
        'Deployment/shop/web: $29.26 → $25.04 a month, saves $4.22',
        '  web: cpu request 500m → 510m, cpu limit 1 → none, memory request 1Gi → 249Mi, memory limit 2Gi → 249Mi',
        '    cpu p95 of 8062 samples over 14d; memory peak over 14d + 15% (2 pods)',
        '  next month at the current trend: $25.11',
        '',
        '3 usage series matched no workload of this app.',
        'total: saves $4.22 a month',
        '',
      ].join('\n'),
    );
  });
});

describe('recommend from an export', () => {
  it('a Kustomize overlay gets a patch listed in its kustomization, and it builds', () => {
    const repo = gitRepoWith({});
    cpSync(join(CORPUS, 'kustomize-overlays/springboot'), join(repo, 'springboot'), { recursive: true });
    const csv = ['timestamp,namespace,pod,container,cpu_cores,memory_bytes'];
    for (const [i, t] of times(400).entries()) csv.push(`${t},,production-sbdemo-5d8f7b9c4d-x2x4z,sbdemo,${i % 10 === 0 ? 0.4 : 0.05},${(300 + (i % 7)) * Mi}`);
    const usage = join(tempDir(), 'usage.csv');
    writeFileSync(usage, `${csv.join('\n')}\n`);
    const overlay = join(repo, 'springboot/overlays/production');
    const before = readFileSync(join(overlay, 'kustomization.yaml'), 'utf8');
    const run = runCli(['recommend', overlay, '--usage', usage, '--end', '2026-11-20T00:00:00Z', '--write', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('tollgate: wrote springboot/overlays/production/tollgate-resources-deployment-sbdemo.yaml\ntollgate: wrote springboot/overlays/production/kustomization.yaml\n');
    // Listed after the overlay's own patches; nothing else in the file moves.
    expect(readFileSync(join(overlay, 'kustomization.yaml'), 'utf8')).toBe(before.replace('- path: memorylimit_patch.yaml\n', '- path: memorylimit_patch.yaml\n- path: tollgate-resources-deployment-sbdemo.yaml\n'));
    const built = parseAllDocuments(execFileSync(KUBECTL, ['kustomize', overlay]).toString()).map((d) => d.toJS());
    const deployment = built.find((o) => o.kind === 'Deployment');
    const rec = JSON.parse(run.stdout).resources[0].containers[0].recommended;
    expect(deployment.spec.template.spec.containers[0].resources.requests).toMatchObject(rec.requests);
    expect(deployment.spec.template.spec.containers[0].resources.limits.memory).toBe(rec.limits.memory);
  });

  /** CSV rows for one pod over `n` 5-minute samples. */
  function csvUsage(podName: string, container: string, cpu: (i: number) => number, memory: (i: number) => number, n = 400, namespace = ''): string {
    const rows = ['timestamp,namespace,pod,container,cpu_cores,memory_bytes'];
    for (const [i, t] of times(n).entries()) rows.push(`${t},${namespace},${podName},${container},${cpu(i)},${memory(i)}`);
    const file = join(tempDir(), 'usage.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    return file;
  }

  it('a Helm chart that maps resources from values gets its values edited, only those lines', () => {
    const repo = gitRepoWith({});
    cpSync(join(CORPUS, 'podinfo/charts/podinfo'), join(repo, 'podinfo'), { recursive: true });
    const usage = csvUsage('podinfo-5d8f7b9c4d-x2x4z', 'podinfo', () => 0.02, () => 40 * Mi, 400, 'default');
    const before = readFileSync(join(repo, 'podinfo/values.yaml'), 'utf8');
    const run = runCli(['recommend', join(repo, 'podinfo'), '--usage', usage, '--end', '2026-11-20T00:00:00Z', '--write']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('tollgate: wrote podinfo/values.yaml\n');
    // 0.02 cores (p95 of a flat line); 40Mi + 15% = 46Mi is under krr's 100Mi floor. The empty `limits:` gets the memory limit.
    expect(readFileSync(join(repo, 'podinfo/values.yaml'), 'utf8')).toBe(
      before.replace('resources:\n  limits:\n  requests:\n    cpu: 1m\n    memory: 16Mi\n', 'resources:\n  requests:\n    cpu: 20m\n    memory: 100Mi\n  limits:\n    memory: 100Mi\n'),
    );
  });

  it('a chart whose templates do not take resources from values is reported, not guessed at', () => {
    const repo = gitRepoWith({ 'app/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n', 'app/templates/d.yaml': WEB_YAML });
    const usage = csvUsage('web-5d8f7b9c4d-x2x4z', 'web', () => 0.1, () => 200 * Mi, 400, 'shop');
    const run = runCli(['recommend', join(repo, 'app'), '--usage', usage, '--end', '2026-11-20T00:00:00Z', '--write']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("tollgate: not written: app: the chart's templates do not map a container's resources from values; set them in the chart or its values by hand (the JSON patches show what)\n");
  });

  it('an export that is not the documented CSV is an error naming the line', () => {
    const file = join(tempDir(), 'bad.csv');
    writeFileSync(file, 'time,ns,pod\n1,2,3\n');
    const repo = gitRepoWith({ 'apps/shop/web.yaml': WEB_YAML });
    const run = runCli(['recommend', join(repo, 'apps/shop'), '--usage', file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(`tollgate: ${file}:1: --usage ${file}: the first line must be timestamp,namespace,pod,container,cpu_cores,memory_bytes`);
  });

  it('an unreachable Prometheus is an error that never prints the password in its URL', () => {
    const repo = gitRepoWith({ 'apps/shop/web.yaml': WEB_YAML });
    const run = runCli(['recommend', join(repo, 'apps/shop'), '--prometheus', 'http://bot:s3cret-pw@127.0.0.1:9/']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(/^tollgate: cannot reach Prometheus at http:\/\/bot:\*\*\*@127\.0\.0\.1:9\/: /);
    expect(run.stderr).not.toContain('s3cret-pw');
  });
});
