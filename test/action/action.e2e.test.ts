// The built Action (dist/action.js) end to end, as a runner starts it: a real
// git checkout (shallow, as actions/checkout makes it) of a PR whose base is
// on a local origin, the event file, INPUT_* env, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, and GitHub's API played by a local server.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REPO, TOOLS, tempDir } from '../helpers/env.js';
import { ACTIONS_BOT, startGitHub, type GitHubStandIn } from '../helpers/github-server.js';
import { openMetrics, startPrometheus, type RunningPrometheus } from '../helpers/prometheus.js';

const ACTION = join(REPO, 'dist/action.js');

const deployment = (replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels: {team: shop}
spec:
  replicas: ${replicas}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: ghcr.io/acme/web:1
        resources:
          requests: {cpu: 500m, memory: 1Gi}
`;
// One replica: (0.5 × 0.031611 + 1 × 0.004237) × 730 = 14.631025 a month.

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'protocol.file.allow=always', ...args], { stdio: 'pipe' }).toString().trim();
}

interface Pr {
  workspace: string;
  baseSha: string;
  headSha: string;
}

/** An origin with main (the base) and a PR branch on top; the workspace is a depth-1 clone of the PR head. */
function pullRequest(base: Record<string, string>, head: Record<string, string>): Pr {
  const origin = tempDir('tollgate-origin-');
  git(origin, 'init', '-q', '-b', 'main');
  const commit = (files: Record<string, string>, message: string) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(origin, name, '..'), { recursive: true });
      writeFileSync(join(origin, name), text);
    }
    git(origin, 'add', '-A');
    git(origin, 'commit', '-qm', message);
    return git(origin, 'rev-parse', 'HEAD');
  };
  const baseSha = commit(base, 'base');
  git(origin, 'checkout', '-q', '-b', 'pr');
  const headSha = commit(head, 'head');
  git(origin, 'checkout', '-q', 'main');
  const workspace = join(tempDir('tollgate-ws-'), 'repo');
  execFileSync('git', ['clone', '-q', '--depth=1', '--branch', 'pr', `file://${origin}`, workspace], { stdio: 'pipe' });
  return { workspace, baseSha, headSha };
}

interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

async function runAction(pr: Pr, github: GitHubStandIn, inputs: Record<string, string> = {}, event: Record<string, unknown> = {}, eventName = 'pull_request', extraEnv: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const dir = tempDir('tollgate-runner-');
  const eventFile = join(dir, 'event.json');
  writeFileSync(
    eventFile,
    JSON.stringify({
      number: 7,
      pull_request: { number: 7, base: { sha: pr.baseSha, repo: { full_name: 'acme/platform' } }, head: { sha: pr.headSha, repo: { full_name: 'acme/platform' } } },
      repository: { full_name: 'acme/platform' },
      sender: { login: 'octocat' },
      ...event,
    }),
  );
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: `${TOOLS}:${process.env.PATH}`,
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: pr.workspace,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'acme/platform',
    GITHUB_SHA: pr.headSha,
    GITHUB_ACTOR: 'octocat',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    'INPUT_GITHUB-TOKEN': 'ghs_standintoken000000000000000000000000',
    INPUT_PATHS: 'apps/*',
    INPUT_COMMENT: 'on-change',
    'INPUT_COMMENT-TAG': 'tollgate',
    INPUT_ANNOTATIONS: 'true',
    'INPUT_CHECK-RUN': 'false',
    INPUT_ATTEST: 'false',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...extraEnv,
  };
  const child = spawn(process.execPath, [ACTION], { cwd: pr.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c) => out.push(c));
  child.stderr.on('data', (c) => err.push(c));
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { exitCode, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

const CONFIG = 'policy:\n  failOn: never\n';

let github: GitHubStandIn;
beforeEach(async () => {
  github = await startGitHub();
});
afterEach(async () => {
  await github.close();
});

describe('the Action on a pull request', () => {
  it('a PR that raises replicas: the exact delta in outputs, summary and one comment; line annotations', async () => {
    const pr = pullRequest({ 'apps/shop/web.yaml': deployment(1), 'apps/shop/.tollgate.yaml': CONFIG }, { 'apps/shop/web.yaml': deployment(2) });
    const run = await runAction(pr, github);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ verdict: 'pass', 'monthly-cost': '29.26', 'monthly-cost-delta': '14.63', findings: '8' });
    expect(run.summary).toContain('✅ **The gate passes** (1 app): $29.26 a month, +$14.63 (+100%) against the base.');
    expect(run.summary).toContain('| ✅ `apps/shop` | $14.63 | $29.26 | +$14.63 (+100%) |');
    // The comment: created once, with the hidden marker and the same report.
    const writes = github.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/acme/platform/issues/7/comments']);
    const body: string = writes[0].body.body;
    expect(body.split('\n')[0]).toBe('<!-- tollgate:comment tollgate -->');
    expect(body).toContain('| ✅ `apps/shop` | $14.63 | $29.26 | +$14.63 (+100%) |');
    expect(body).toContain('```mermaid\npie showData title New monthly cost by category (USD)\n    "cpu" : 23.08\n    "memory" : 6.19\n```');
    // Annotations on the head's lines (the container at 14, its resources at 16, the pod spec at 12), errors first.
    const commands = run.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
    expect(commands.slice(0, 3)).toEqual([
      '::error title=tollgate pss-run-as-non-root%3A Deployment/web,file=apps/shop/web.yaml,line=14::container web: may run as root: set runAsNonRoot: true on the pod or the container',
      '::error title=tollgate resources-limits%3A Deployment/web,file=apps/shop/web.yaml,line=16::container web: no memory limit',
      '::error title=tollgate network-policy%3A Deployment/web,file=apps/shop/web.yaml,line=12::no NetworkPolicy in namespace shop selects these pods for Ingress and Egress',
    ]);
  });

  it('a second run with the same head updates the one comment, found on page 2; a third with the same body writes nothing', async () => {
    const pr = pullRequest({ 'apps/shop/web.yaml': deployment(1), 'apps/shop/.tollgate.yaml': CONFIG }, { 'apps/shop/web.yaml': deployment(2) });
    // 120 comments by people first, one of them quoting the marker: only the bot's own counts.
    const people = Array.from({ length: 120 }, (_, i) => ({ id: i + 1, body: i === 3 ? '<!-- tollgate:comment tollgate -->\nquoted' : `comment ${i}`, user: { login: 'octocat', type: 'User' as const } }));
    github.comments.set(7, [...people, { id: 500, body: '<!-- tollgate:comment tollgate -->\nan older report', user: ACTIONS_BOT }]);
    const second = await runAction(pr, github);
    expect(second.exitCode).toBe(0);
    expect(github.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual([
      '/user',
      '/repos/acme/platform/issues/7/comments?per_page=100',
      '/repos/acme/platform/issues/7/comments?per_page=100&page=2',
    ]);
    const writes = github.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(['PATCH /repos/acme/platform/issues/comments/500']);
    expect(github.comments.get(7)!.at(-1)!.body).toContain('+$14.63 (+100%)');
    expect(github.comments.get(7)).toHaveLength(121);
    github.requests.length = 0;
    const third = await runAction(pr, github);
    expect(third.exitCode).toBe(0);
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('no change to the apps: on-change posts nothing, and the app is reported unchanged', async () => {
    const pr = pullRequest({ 'apps/shop/web.yaml': deployment(1), 'apps/shop/.tollgate.yaml': CONFIG, 'README.md': 'a\n' }, { 'README.md': 'b\n' });
    const run = await runAction(pr, github);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['monthly-cost-delta']).toBe('0.00');
    expect(run.summary).toContain('| ✅ `apps/shop` (unchanged) | $14.63 | $14.63 | $0.00 (0%) |');
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('a fork PR: the verdict, annotations and summary stand; no write to GitHub, one notice each', async () => {
    const pr = pullRequest({ 'apps/shop/web.yaml': deployment(1), 'apps/shop/.tollgate.yaml': CONFIG }, { 'apps/shop/web.yaml': deployment(2) });
    const run = await runAction(pr, github, { 'check-run': 'true', attest: 'true' }, {
      pull_request: { number: 7, base: { sha: pr.baseSha, repo: { full_name: 'acme/platform' } }, head: { sha: pr.headSha, repo: { full_name: 'mallory/platform' } } },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['monthly-cost-delta']).toBe('14.63');
    expect(run.summary).toContain('+$14.63 (+100%)');
    expect(github.requests).toEqual([]);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::notice::'))).toEqual([
      '::notice::tollgate: no attestation: this pull request comes from a fork, whose token is read-only, and gets no id-token',
      '::notice::tollgate: no PR comment: this pull request comes from a fork, whose token is read-only. The verdict, annotations and job summary stand.',
      '::notice::tollgate: no check run: this pull request comes from a fork, whose token is read-only.',
    ]);
    expect(run.stdout).toContain('::error title=tollgate network-policy%3A Deployment/web,file=apps/shop/web.yaml,line=12::');
  });

  it('a 403 from GitHub (a token without write permission) is a notice, not a failure', async () => {
    const pr = pullRequest({ 'apps/shop/web.yaml': deployment(1), 'apps/shop/.tollgate.yaml': CONFIG }, { 'apps/shop/web.yaml': deployment(2) });
    github.readOnly = true;
    const run = await runAction(pr, github);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('::notice::tollgate: no PR comment: the token may not write to this pull request (Resource not accessible by integration');
  });

  it('many findings: 10 annotations per level in the step, the overflow counted, all of them in the check run in batches of 50', async () => {
    const many = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`apps/shop/web-${i}.yaml`, deployment(2).replace('name: web\n', `name: web-${i}\n`)]));
    const pr = pullRequest({ 'apps/shop/.tollgate.yaml': CONFIG, 'apps/shop/web-0.yaml': many['apps/shop/web-0.yaml'] }, many);
    const run = await runAction(pr, github, { 'check-run': 'true' });
    expect(run.exitCode).toBe(0);
    const levels = run.stdout.split('\n').map((l) => /^::(error|warning|notice) /.exec(l)?.[1]).filter(Boolean);
    expect(levels).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(10).fill('notice')]);
    // Per Deployment: 3 errors, 5 warnings, 2 infos (probe-liveness, pdb-missing) = 10; 80 in all, 30 shown.
    expect(run.summary).toContain('<sub>50 findings did not fit in this step');
    expect(github.requests.filter((r) => r.path.includes('check-runs')).map((r) => `${r.method} ${r.path} ${r.body.output.annotations.length}`)).toEqual([
      'POST /repos/acme/platform/check-runs 50',
      `PATCH /repos/acme/platform/check-runs/${github.checkRuns[0].id} 30`,
    ]);
    expect(github.checkRuns[0]).toMatchObject({ head_sha: pr.headSha, conclusion: 'success' });
    expect(github.checkRuns[0].annotations[0]).toEqual({ path: 'apps/shop/web-1.yaml', start_line: 14, end_line: 14, annotation_level: 'failure', title: 'tollgate pss-run-as-non-root: Deployment/web-1', message: 'container web: may run as root: set runAsNonRoot: true on the pod or the container' });
  });

  it('a PR that only changes the policy shows what it would add, per app', async () => {
    const pr = pullRequest({ 'apps/shop/web.yaml': deployment(1), 'apps/shop/.tollgate.yaml': CONFIG }, { 'apps/shop/.tollgate.yaml': `${CONFIG}  trustedRegistries: [registry.example.com/]\n  rules: {probe-readiness: off}\n` });
    const run = await runAction(pr, github);
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('**What this change does to findings**\n\n- `apps/shop`: 1 new finding, 1 resolved — the policy in `.tollgate.yaml` changed\n  - resolved: `probe-readiness` on Deployment/shop/web');
    expect(run.summary).toContain('| error (new) | `trusted-registry` | Deployment/web | `apps/shop/web.yaml:15` | container web: image ghcr.io/acme/web:1 is not from a trusted registry |');
    expect(github.requests.filter((r) => r.method === 'POST').length).toBe(1);
  });

  it('a failing gate fails the step; report and SARIF files are written', async () => {
    const pr = pullRequest({ 'apps/shop/web.yaml': deployment(1) }, { 'apps/shop/web.yaml': deployment(2) });
    const run = await runAction(pr, github, { 'report-file': 'out/tollgate.json', 'sarif-file': 'out/tollgate.sarif', 'sbom-file': 'out/sbom.json', attest: 'true' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs['report-file']).toBe('out/tollgate.json');
    expect(run.outputs['sbom-file']).toBe('out/sbom.json');
    expect(run.stdout).toContain('::error::tollgate: the gate fails for apps/shop: ');
    // No id-token in this job: signing is skipped with a notice; the SBOM is written all the same.
    expect(run.stdout).toContain('::notice::tollgate: no attestation: the job has no OIDC token; add `permissions: id-token: write`');
    expect(JSON.parse(readFileSync(join(pr.workspace, 'out/sbom.json'), 'utf8')).components.map((c: { purl: string }) => c.purl)).toEqual(['pkg:oci/web?repository_url=ghcr.io/acme/web&tag=1']);
    const report = JSON.parse(readFileSync(join(pr.workspace, 'out/tollgate.json'), 'utf8'));
    expect(report.map((r: { app: { path: string }; verdict: string }) => [r.app.path, r.verdict])).toEqual([['apps/shop', 'fail']]);
    const sarif = JSON.parse(readFileSync(join(pr.workspace, 'out/tollgate.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
  });

  it('workflow_dispatch: no base, absolute costs, an empty delta, no comment', async () => {
    const pr = pullRequest({ 'apps/shop/web.yaml': deployment(1), 'apps/shop/.tollgate.yaml': CONFIG }, { 'apps/shop/web.yaml': deployment(2) });
    const run = await runAction(pr, github, {}, { pull_request: undefined, number: undefined }, 'workflow_dispatch');
    expect(run.exitCode).toBe(0);
    expect(run.outputs['monthly-cost']).toBe('29.26');
    expect(run.outputs['monthly-cost-delta']).toBe('');
    expect(github.requests).toEqual([]);
  });

  it('a base that the shallow checkout lacks and origin does not have: a clear error', async () => {
    const pr = pullRequest({ 'apps/shop/web.yaml': deployment(1), 'apps/shop/.tollgate.yaml': CONFIG }, { 'apps/shop/web.yaml': deployment(2) });
    const missing = '1234567890abcdef1234567890abcdef12345678';
    const run = await runAction(pr, github, {}, { pull_request: { number: 7, base: { sha: missing, repo: { full_name: 'acme/platform' } }, head: { sha: pr.headSha, repo: { full_name: 'acme/platform' } } } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`::error::tollgate: commit ${missing} is not in the checkout and cannot be fetched from origin`);
    expect(run.stdout).toContain('check out with actions/checkout and fetch-depth: 0');
    expect(github.requests).toEqual([]);
  });

  it('comment: never makes no request; always comments even when nothing changed', async () => {
    const pr = pullRequest({ 'apps/shop/web.yaml': deployment(1), 'apps/shop/.tollgate.yaml': CONFIG, 'README.md': 'a\n' }, { 'README.md': 'b\n' });
    expect((await runAction(pr, github, { comment: 'never' })).exitCode).toBe(0);
    expect(github.requests).toEqual([]);
    expect((await runAction(pr, github, { comment: 'always' })).exitCode).toBe(0);
    expect(github.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/repos/acme/platform/issues/7/comments']);
  });
});

describe('recommend: true', () => {
  const END = Date.UTC(2026, 10, 20) / 1000;
  let prometheus: RunningPrometheus;
  beforeAll(async () => {
    // web's two pods: a flat 0.1 cores and 200Mi for 400 five-minute steps.
    const labels = (pod: string) => ({ namespace: 'shop', pod, container: 'web' });
    const steps = Array.from({ length: 400 }, (_, i) => END - (399 - i) * 300);
    const cpu = ['web-5d8f7b9c4d-x2x4z', 'web-5d8f7b9c4d-q7w9k'].map((pod) => ({ labels: labels(pod), samples: steps.map((t, i) => [t, i * 0.1 * 300] as [number, number]) }));
    const memory = ['web-5d8f7b9c4d-x2x4z', 'web-5d8f7b9c4d-q7w9k'].map((pod) => ({ labels: labels(pod), samples: steps.map((t) => [t, 200 * 2 ** 20] as [number, number]) }));
    prometheus = await startPrometheus(openMetrics(cpu, memory));
  }, 120_000);
  afterAll(async () => {
    await prometheus?.stop();
  });

  it('opens one pull request with the edits on a branch, and updates it on the next run', async () => {
    const pr = pullRequest({ 'apps/shop/web.yaml': deployment(2), 'apps/shop/.tollgate.yaml': CONFIG }, { 'README.md': 'platform apps\n' });
    const event = { pull_request: undefined, number: undefined, repository: { full_name: 'acme/platform', default_branch: 'main', private: true } };
    const inputs = { recommend: 'true', 'prometheus-url': prometheus.url, 'recommend-window': '14d' };
    const first = await runAction(pr, github, inputs, event, 'workflow_dispatch', { TOLLGATE_NOW: '2026-11-20T00:00:00Z' });
    expect(first.exitCode).toBe(0);
    // 2 × (cores × 0.031611 + GiB × 0.004237) × 730: 500m and 1Gi now; 100m and 200Mi + 15% = 230Mi recommended.
    const monthly = (cores: number, gib: number) => Math.round(2 * (cores * 0.031611 + gib * 0.004237) * 730 * 100) / 100;
    const saving = (monthly(0.5, 1) - monthly(0.1, 230 / 1024)).toFixed(2);
    expect(first.outputs['monthly-saving']).toBe(saving);
    expect(first.outputs['recommend-pull-request']).toBe('https://github.com/acme/platform/pull/100');
    expect(first.stdout).toContain('::notice::tollgate recommend: the pull request is opened with GITHUB_TOKEN, so no workflow runs on it; set recommend-token to have the gate check it');
    // The branch on origin holds one commit on top of the checkout, changing the resource lines only.
    const origin = git(pr.workspace, 'remote', 'get-url', 'origin').replace('file://', '');
    expect(git(origin, 'log', '-1', '--format=%s', 'tollgate/right-sizing')).toBe(`Right-size requests and limits from observed usage (saves $${saving} a month)`);
    expect(git(origin, 'diff', pr.headSha, 'tollgate/right-sizing', '--', 'apps/shop/web.yaml').split('\n').filter((l) => /^[-+] /.test(l))).toEqual([
      '-          requests: {cpu: 500m, memory: 1Gi}',
      '+          requests: {cpu: 100m, memory: 230Mi}',
      '+          limits:',
      '+            memory: 230Mi',
    ]);
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({ head: 'tollgate/right-sizing', base: 'main', title: `Right-size requests and limits (saves $${saving} a month)`, state: 'open' });
    expect(github.pulls[0].body).toContain(`| Deployment/shop/web | web | cpu request 500m → 100m, memory request 1Gi → 230Mi, memory limit – → 230Mi |`);

    // The next run force-pushes the branch and edits the same pull request.
    // With recommend-token, whose pull requests start workflows: no notice, and the token is masked.
    const second = await runAction(
      pullRequest({ 'apps/shop/web.yaml': deployment(2), 'apps/shop/.tollgate.yaml': CONFIG }, { 'README.md': 'platform apps\n' }),
      github,
      { ...inputs, 'recommend-token': 'github_pat_standin0000' },
      event,
      'workflow_dispatch',
      { TOLLGATE_NOW: '2026-11-20T00:00:00Z' },
    );
    expect(second.exitCode).toBe(0);
    expect(second.stdout).not.toContain('no workflow runs on it');
    expect(second.stdout).toContain('::add-mask::github_pat_standin0000');
    expect(github.pulls).toHaveLength(1);
    expect(github.requests.filter((r) => r.path.includes('/pulls')).map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`)).toEqual([
      'GET /repos/acme/platform/pulls',
      'POST /repos/acme/platform/pulls',
      'GET /repos/acme/platform/pulls',
      'PATCH /repos/acme/platform/pulls/100',
    ]);
  });
});
