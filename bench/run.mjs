// tollgate's benchmarks: each figure against the real renderer or the YAML
// parse floor, measured in the same run on this machine, printed as ratios.
//   npm run bench            (needs ../shared/corpus and the tools from setup-tools)
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as YAML from 'yaml';

const repo = resolve(fileURLToPath(import.meta.url), '../..');
const corpus = resolve(repo, '../shared/corpus');
const tools = join(repo, '.tools/bin');
const env = { ...process.env, PATH: `${tools}${delimiter}${process.env.PATH}` };
const cli = join(repo, 'dist/cli.js');
const kubePrometheus = join(corpus, 'kube-prometheus');
if (!existsSync(kubePrometheus)) throw new Error(`corpus missing at ${corpus}`);

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function wall(command, args, options = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, { env, maxBuffer: 1 << 30, ...options });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

function timeMedian(command, args) {
  wall(command, args); // warm the page cache
  return median(Array.from({ length: RUNS }, () => wall(command, args).ms));
}

const rows = [];
function report(label, ours, theirs, target, unit = 'ms') {
  const ratio = ours / theirs;
  rows.push({ label, ours, theirs, ratio, target });
  console.log(`${label}\n    tollgate ${ours.toFixed(0)} ${unit}, reference ${theirs.toFixed(0)} ${unit}, ratio ${ratio.toFixed(2)} (target ≤ ${target}) ${ratio <= target ? 'ok' : 'MISSED'}`);
}

console.log(`tollgate benchmarks: node ${process.version}, ${RUNS} runs each, medians\n`);

// (a) the whole render against kustomize alone
const kustomizeMs = timeMedian(join(tools, 'kubectl'), ['kustomize', kubePrometheus]);
const renderMs = timeMedian(process.execPath, [cli, 'render', kubePrometheus]);
report('(a) tollgate render kube-prometheus ÷ kubectl kustomize kube-prometheus', renderMs, kustomizeMs, 1.5);

// (b) tollgate's own work on the rendered stream against a bare `yaml` parse
const dir = mkdtempSync(join(tmpdir(), 'tollgate-bench-'));
try {
  const streamFile = join(dir, 'kube-prometheus.yaml');
  writeFileSync(streamFile, wall(join(tools, 'kubectl'), ['kustomize', kubePrometheus]).stdout);
  const text = readFileSync(streamFile, 'utf8');
  const pipeline = (file, ...flags) => JSON.parse(wall(process.execPath, [join(repo, 'bench/pipeline.mjs'), file, ...flags]).stdout);
  const ownCold = median(Array.from({ length: RUNS }, () => pipeline(streamFile).ms));
  const bareCold = median(
    Array.from({ length: RUNS }, () =>
      Number(wall(process.execPath, ['--input-type=module', '-e', `
        const t0 = performance.now();
        const YAML = await import(${JSON.stringify(join(repo, 'node_modules/yaml/dist/index.js'))});
        const text = (await import('node:fs')).readFileSync(${JSON.stringify(streamFile)}, 'utf8');
        YAML.parseAllDocuments(text).map((d) => d.toJS());
        process.stdout.write(String(performance.now() - t0));`]).stdout),
    ),
  );
  report(`(b) parse + model + serialize (${(text.length / 1e6).toFixed(1)} MB, fresh process) ÷ yaml.parseAllDocuments().toJS()`, ownCold, bareCold, 0.6);
  const { parseManifestStream, toYamlStream } = await import(join(repo, 'dist/index.js'));
  const warm = (f) => {
    f();
    return median(Array.from({ length: RUNS }, () => { const t = performance.now(); f(); return performance.now() - t; }));
  };
  const ownWarm = warm(() => toYamlStream(parseManifestStream(text, 'x').map((r) => r.object)));
  const bareWarm = warm(() => YAML.parseAllDocuments(text).map((d) => d.toJS()));
  report('    same, warm (in one process)', ownWarm, bareWarm, 0.6);

  // (c) start-up
  const nodeMs = timeMedian(process.execPath, ['-e', '0']);
  const versionMs = timeMedian(process.execPath, [cli, '--version']);
  report('(c) tollgate --version ÷ node -e 0', versionMs, nodeMs, 2);

  // (d) scaling: 10,000 Deployments against 1,000
  const deployment = (i) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: team-${i % 50}
  labels: {app: app-${i}, team: team-${i % 50}}
spec:
  replicas: ${1 + (i % 5)}
  selector:
    matchLabels: {app: app-${i}}
  template:
    metadata:
      labels: {app: app-${i}}
    spec:
      containers:
      - name: main
        image: registry.example.com/app-${i}:1.${i % 10}.0
        ports: [{containerPort: 8080}]
        resources:
          requests: {cpu: ${100 + (i % 9) * 50}m, memory: ${128 * (1 + (i % 4))}Mi}
          limits: {memory: ${256 * (1 + (i % 4))}Mi}
`;
  const synthetic = (n) => {
    const file = join(dir, `deployments-${n}.yaml`);
    writeFileSync(file, Array.from({ length: n }, (_, i) => deployment(i)).join('---\n'));
    return file;
  };
  const small = synthetic(1000);
  const large = synthetic(10000);
  const runsOf = (file) => Array.from({ length: RUNS }, () => pipeline(file));
  const smallRuns = runsOf(small);
  const largeRuns = runsOf(large);
  report('(d) pipeline on 10,000 Deployments ÷ on 1,000', median(largeRuns.map((r) => r.ms)), median(smallRuns.map((r) => r.ms)), 12);
  const peak = Math.max(...largeRuns.map((r) => r.maxRssMB));
  console.log(`    peak RSS on 10,000 Deployments: ${peak.toFixed(0)} MB (target ≤ 400 MB) ${peak <= 400 ? 'ok' : 'MISSED'}`);

  // (e) cost analysis on top of the pipeline, same stream, same run: the
  // process as a user waits for it (wall), and inside it after node started.
  const timed = (...flags) => {
    const started = performance.now();
    const inside = pipeline(large, ...flags).ms;
    return { wall: performance.now() - started, inside };
  };
  // Interleaved, so that drift in the machine's load hits all three alike.
  const plainRuns = [];
  const costRuns = [];
  const policyRuns = [];
  for (let i = 0; i < RUNS; i++) {
    plainRuns.push(timed());
    costRuns.push(timed('--cost'));
    policyRuns.push(timed('--policy'));
  }
  const wallAdded = median(costRuns.map((r) => r.wall)) / median(plainRuns.map((r) => r.wall)) - 1;
  const insideAdded = median(costRuns.map((r) => r.inside)) / median(plainRuns.map((r) => r.inside)) - 1;
  console.log(
    `(e) cost analysis + annotations on 10,000 Deployments, added to the pipeline\n` +
      `    wall ${median(plainRuns.map((r) => r.wall)).toFixed(0)} → ${median(costRuns.map((r) => r.wall)).toFixed(0)} ms, adds ${(wallAdded * 100).toFixed(1)}% (target ≤ 20%) ${wallAdded <= 0.2 ? 'ok' : 'MISSED'}\n` +
      `    inside the process (after node started) ${median(plainRuns.map((r) => r.inside)).toFixed(0)} → ${median(costRuns.map((r) => r.inside)).toFixed(0)} ms, adds ${(insideAdded * 100).toFixed(1)}%`,
  );

  // (f) policy evaluation, added to the render pipeline: `tollgate render` of the
  // 10,000-Deployment app (config, directory source, parse, cost, annotations,
  // output) with every rule off, against the same with the default rules.
  const { RULES } = await import(join(repo, 'dist/index.js'));
  const appWith = (name, config) => {
    const app = join(dir, name);
    mkdirSync(app);
    copyFileSync(large, join(app, 'deployments.yaml'));
    writeFileSync(join(app, '.tollgate.yaml'), config);
    return app;
  };
  const rulesOff = appWith('rules-off', `policy:\n  rules:\n${RULES.map((r) => `    ${r.id}: off\n`).join('')}`);
  const rulesOn = appWith('rules-on', 'policy: {}\n');
  const renderOf = (app) => wall(process.execPath, [cli, 'render', app]).ms;
  renderOf(rulesOff);
  const offRuns = [];
  const onRuns = [];
  for (let i = 0; i < RUNS; i++) {
    offRuns.push(renderOf(rulesOff));
    onRuns.push(renderOf(rulesOn));
  }
  const renderAdded = median(onRuns) / median(offRuns) - 1;
  const policyWall = median(policyRuns.map((r) => r.wall)) / median(plainRuns.map((r) => r.wall)) - 1;
  console.log(
    `(f) policy evaluation + findings annotations on 10,000 Deployments, added to the render pipeline\n` +
      `    tollgate render, rules off → default rules: ${median(offRuns).toFixed(0)} → ${median(onRuns).toFixed(0)} ms, adds ${(renderAdded * 100).toFixed(1)}% (target ≤ 30%) ${renderAdded <= 0.3 ? 'ok' : 'MISSED'}\n` +
      `    (for scale: on the bare parse + serialize pipeline of (d), ${median(plainRuns.map((r) => r.wall)).toFixed(0)} → ${median(policyRuns.map((r) => r.wall)).toFixed(0)} ms, +${(policyWall * 100).toFixed(1)}%)`,
  );

  // (g) the Argo CD plugin as the sidecar runs it: cwd the app, Argo CD's env.
  const argoEnv = { ...env, ARGOCD_APP_NAME: 'bench', ARGOCD_APP_NAMESPACE: 'bench', ARGOCD_APP_PARAMETERS: 'null', ARGOCD_APP_SOURCE_PATH: '' };
  const generateOnce = (app) => wall(process.execPath, [cli, 'argocd', 'generate'], { cwd: app, env: argoEnv }).ms;
  const generateMs = (app) => median(Array.from({ length: RUNS + 1 }, () => generateOnce(app)).slice(1));
  const boutique = join(corpus, 'microservices-demo');
  const readFiles = () =>
    wall(process.execPath, ['-e', `const fs = require('node:fs'); for (const f of fs.readdirSync('.')) if (/\\.ya?ml$/.test(f)) fs.readFileSync(f, 'utf8');`], { cwd: boutique }).ms;
  // Both are a few dozen milliseconds: interleaved, and more runs, so that the machine's drift hits both alike.
  const ours = [];
  const floor = [];
  generateOnce(boutique);
  for (let i = 0; i < RUNS * 3; i++) {
    ours.push(generateOnce(boutique));
    floor.push(readFiles());
  }
  report('(g) tollgate argocd generate microservices-demo (plain, 35 objects) ÷ node -e 0 reading its files', median(ours), median(floor), 2);
  report('(h) tollgate argocd generate kube-prometheus ÷ kubectl kustomize kube-prometheus', generateMs(kubePrometheus), kustomizeMs, 1.5);

  // (i) the whole Action on kube-prometheus with base = head, against two `tollgate check` runs.
  const actionRepo = join(dir, 'action-repo');
  mkdirSync(join(actionRepo, 'apps'), { recursive: true });
  cpSync(kubePrometheus, join(actionRepo, 'apps/kube-prometheus'), { recursive: true });
  const gitIn = (...args) => spawnSync('git', ['-C', actionRepo, '-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { stdio: 'ignore' });
  gitIn('init', '-q');
  gitIn('add', '-A');
  gitIn('commit', '-qm', 'bench');
  const runnerFiles = { GITHUB_OUTPUT: join(dir, 'action-output'), GITHUB_STEP_SUMMARY: join(dir, 'action-summary') };
  const actionEnv = {
    ...env,
    ...runnerFiles,
    GITHUB_WORKSPACE: actionRepo,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'bench/bench',
    INPUT_PATHS: 'apps/kube-prometheus',
    'INPUT_BASE-REF': 'HEAD',
    INPUT_COMMENT: 'never',
    INPUT_ANNOTATIONS: 'true',
  };
  const actionOnce = () => {
    for (const file of Object.values(runnerFiles)) writeFileSync(file, '');
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(repo, 'dist/action.js')], { cwd: actionRepo, env: actionEnv, maxBuffer: 1 << 30 });
    if (result.status !== 0 && !String(result.stdout).includes('::error::tollgate: the gate fails')) throw new Error(`the Action failed: ${result.stdout}${result.stderr}`);
    return performance.now() - started;
  };
  const checkTwice = () => wall(process.execPath, [cli, 'check', join(actionRepo, 'apps/kube-prometheus'), '--fail-on', 'never'], {}).ms + wall(process.execPath, [cli, 'check', join(actionRepo, 'apps/kube-prometheus'), '--fail-on', 'never'], {}).ms;
  actionOnce();
  const actionRuns = [];
  const checkRuns = [];
  for (let i = 0; i < RUNS; i++) {
    actionRuns.push(actionOnce());
    checkRuns.push(checkTwice());
  }
  report('(i) the Action on kube-prometheus, base = head ÷ two tollgate check runs of it', median(actionRuns), median(checkRuns), 2);

  // (j) verifying an attestation at sync: tollgate verify against tollgate render, same app, same run.
  const keyFile = join(dir, 'bench.key');
  writeFileSync(keyFile, spawnSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']).stdout);
  writeFileSync(join(dir, 'bench.pub'), spawnSync('openssl', ['pkey', '-in', keyFile, '-pubout']).stdout);
  const bundleFile = join(dir, 'kube-prometheus.sigstore.json');
  wall(process.execPath, [cli, 'attest', kubePrometheus, '--key', keyFile, '--output', bundleFile]);
  const verifyRuns = [];
  const renderRuns = [];
  for (let i = 0; i < RUNS; i++) {
    renderRuns.push(wall(process.execPath, [cli, 'render', kubePrometheus]).ms);
    verifyRuns.push(wall(process.execPath, [cli, 'verify', kubePrometheus, '--bundle', bundleFile, '--key', join(dir, 'bench.pub')]).ms);
  }
  const added = median(verifyRuns) - median(renderRuns);
  console.log(
    `(j) tollgate verify kube-prometheus, added to tollgate render of it\n` +
      `    render ${median(renderRuns).toFixed(0)} ms, verify ${median(verifyRuns).toFixed(0)} ms, adds ${added.toFixed(0)} ms (target ≤ 100 ms) ${added <= 100 ? 'ok' : 'MISSED'}`,
  );
  // What the verify path imports, against the signing stack it must not load.
  const { readdirSync } = await import('node:fs');
  const chunk = (prefix) => join(repo, 'dist/chunks', readdirSync(join(repo, 'dist/chunks')).find((f) => f.startsWith(prefix)));
  const importMs = (file) =>
    median(Array.from({ length: RUNS }, () => Number(wall(process.execPath, ['--input-type=module', '-e', `const t = performance.now(); await import(${JSON.stringify(file)}); process.stdout.write(String(performance.now() - t));`]).stdout)));
  console.log(`    import time: verify command ${importMs(chunk('verify-')).toFixed(0)} ms; the signing stack (attest only) ${importMs(chunk('sign-')).toFixed(0)} ms, not loaded by verify`);

  // (k) right-sizing at scale, against a real Prometheus.
  const { benchRecommend } = await import('./recommend.mjs');
  await benchRecommend({ cli, env, median, runs: RUNS });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
