// `tollgate cost` and cost annotations, through the built CLI.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, gitRepoWith, kubectlDecode, runCli } from '../helpers/env.js';

const golden = (name: string) => readFileSync(join(REPO, 'test/fixtures/golden', name), 'utf8');

const deployment = (name: string, replicas: number, cpu = '500m', memory = '1Gi') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: shop
spec:
  replicas: ${replicas}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
      - name: ${name}
        image: ghcr.io/acme/${name}:1
        resources:
          requests: {cpu: ${cpu}, memory: ${memory}}
`;
// one replica: (0.5 × 0.031611 + 1 × 0.004237) × 730 = 14.631025 a month
const ONE = 14.631025;
// These tests are about cost: the error-level policy rules these bare Deployments break are off.
const COST_ONLY = 'policy:\n  rules: {pss-run-as-non-root: off, network-policy: off, resources-limits: off}\n';

function git(dir: string, ...args: string[]) {
  execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { stdio: 'pipe' });
}

describe('tollgate cost', () => {
  it('prints the example app as an aligned table (golden)', () => {
    const run = runCli(['cost', 'examples/shop']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(golden('cost-shop.txt'));
  });

  it('prints markdown for pull requests (golden)', () => {
    expect(runCli(['cost', 'examples/shop', '--format', 'markdown']).stdout).toBe(golden('cost-shop.md'));
  });

  it('prints the JSON report, version 1', () => {
    const report = JSON.parse(runCli(['cost', 'examples/shop', '--format', 'json']).stdout);
    expect(report).toMatchObject({
      version: 1,
      tool: { name: 'tollgate' },
      app: { path: 'examples/shop', renderer: 'directory' },
      currency: 'USD',
      verdict: 'pass',
      reasons: [],
      totals: { monthly: { min: 162.78, max: 188.95 }, findings: { error: 0, warning: 24, info: 9, suppressed: 1 } },
    });
    const web = report.resources.find((r: { kind: string; name: string }) => r.kind === 'Deployment' && r.name === 'web');
    expect(web).toMatchObject({
      apiVersion: 'apps/v1',
      namespace: 'shop',
      source: { file: 'examples/shop/web.yaml', line: 1, endLine: 36 },
      cost: { monthly: { min: 13.08, max: 39.25 }, replicas: { min: 2, max: 6 } },
    });
    expect(web.findings.map((f: { rule: string; source: { line: number } }) => `${f.rule}@${f.source.line}`)).toEqual([
      'pss-privilege-escalation@23',
      'pss-seccomp-strict@23',
      'pss-capabilities-strict@23',
      'image-digest@24',
      'pdb-missing@10',
      'probe-liveness@23',
    ]);
    expect(report.base).toBeUndefined();
  });

  it('--base PATH: what raising replicas from 1 to 2 adds', () => {
    const repo = gitRepoWith({ 'base/app.yaml': deployment('web', 1), 'head/app.yaml': deployment('web', 2) });
    const json = JSON.parse(runCli(['cost', join(repo, 'head'), '--base', join(repo, 'base'), '--format', 'json']).stdout);
    expect(json.base.totals.monthly.min).toBe(14.63);
    expect(json.totals.monthly.min).toBe(29.26);
    expect(json.delta).toEqual({ monthly: { min: 14.63, max: 14.63 }, percent: 100 });
    expect(json.resources[0].change).toBe('changed');
    const markdown = runCli(['cost', join(repo, 'head'), '--base', join(repo, 'base'), '--format', 'markdown']).stdout;
    expect(markdown).toContain('| ❌ `head` | $14.63 | $29.26 | +$14.63 (+100%) |');
    expect(markdown).toContain('❌ **The gate fails** for `head`: $29.26 a month, +$14.63 (+100%) against the base.');
  });

  it('--base-ref: the base checked out from git; added, removed and unchanged resources', () => {
    const repo = gitRepoWith({ 'apps/shop/web.yaml': deployment('web', 1), 'apps/shop/old.yaml': deployment('old', 1), 'apps/shop/api.yaml': deployment('api', 2) });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'base');
    writeFileSync(join(repo, 'apps/shop/web.yaml'), deployment('web', 3));
    execFileSync('git', ['-C', repo, 'rm', '-q', 'apps/shop/old.yaml']);
    writeFileSync(join(repo, 'apps/shop/new.yaml'), deployment('new', 1));
    const run = runCli(['cost', join(repo, 'apps/shop'), '--base-ref', 'HEAD', '--format', 'json']);
    expect(run.stderr).toBe('');
    const json = JSON.parse(run.stdout);
    expect(json.resources.map((r: { name: string; change: string }) => `${r.name}:${r.change}`)).toEqual(['api:unchanged', 'new:added', 'web:changed', 'old:removed']);
    // base: api 2 + old 1 + web 1 = 4 replicas; head: api 2 + new 1 + web 3 = 6
    expect(json.base.totals.monthly.min).toBeCloseTo(Math.round(4 * ONE * 100) / 100, 9);
    expect(json.totals.monthly.min).toBeCloseTo(Math.round(6 * ONE * 100) / 100, 9);
    expect(json.delta.percent).toBe(50);
    // the worktree is gone afterwards
    expect(execFileSync('git', ['-C', repo, 'worktree', 'list']).toString().trim().split('\n')).toHaveLength(1);
  });

  it('--base-ref with a ref that does not exist says how to get it', () => {
    const repo = gitRepoWith({ 'app/a.yaml': deployment('a', 1) });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'one');
    const run = runCli(['cost', join(repo, 'app'), '--base-ref', 'origin/main']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^tollgate: git ref "origin\/main" is not a commit in .*\n  fetch it first/);
  });

  it('budgets: a broken one fails the gate with exit 1 and names each', () => {
    const repo = gitRepoWith({
      'app/a.yaml': deployment('a', 2) + '---\n' + deployment('b', 1),
      'app/.tollgate.yaml': `${COST_ONLY}budgets:\n  total: 40\n  workload: 20\n  namespaces: {shop: 30}\n`,
    });
    const run = runCli(['cost', join(repo, 'app'), '--format', 'json']);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.verdict).toBe('fail');
    // total 3 × 14.631025 = 43.89 > 40; a: 29.26 > 20; namespace shop 43.89 > 30
    expect(json.reasons).toEqual(['budget-total: 43.89 > 40.00', 'budget-namespace: shop 43.89 > 30.00', 'budget-workload: Deployment/a 29.26 > 20.00']);
    expect(json.resources[0].findings.filter((f: { rule: string }) => f.rule.startsWith('budget-'))).toEqual([{ rule: 'budget-workload', level: 'error', message: 'budget-workload: Deployment/a 29.26 > 20.00', suppressed: null }]);
  });

  it('budgets: an increase over the base, by amount and by percent', () => {
    const repo = gitRepoWith({ 'base/a.yaml': deployment('a', 2), 'head/a.yaml': deployment('a', 3), 'head/.tollgate.yaml': `${COST_ONLY}budgets:\n  increase: {percent: 40}\n` });
    const run = runCli(['cost', join(repo, 'head'), '--base', join(repo, 'base'), '--format', 'json']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).reasons).toEqual(['budget-increase: +50.0% > +40%']);
    writeFileSync(join(repo, 'head/.tollgate.yaml'), `${COST_ONLY}budgets:\n  basis: max\n  increase: {amount: 10}\n`);
    expect(JSON.parse(runCli(['cost', join(repo, 'head'), '--base', join(repo, 'base'), '--format', 'json']).stdout).reasons).toEqual([
      'budget-increase: +14.63 > +10.00',
    ]);
  });

  it('--prices takes OpenCost custom-pricing JSON; --price-profile picks a catalog profile', () => {
    const repo = gitRepoWith({ 'app/a.yaml': deployment('a', 1), 'opencost.json': '{"CPU": "0.1", "RAM": "0.01", "storage": "0.0001"}' });
    const own = JSON.parse(runCli(['cost', join(repo, 'app'), '--prices', join(repo, 'opencost.json'), '--format', 'json']).stdout);
    expect(own.totals.monthly.min).toBe(Math.round((0.5 * 0.1 + 1 * 0.01) * 730 * 100) / 100); // 43.8
    const aws = JSON.parse(runCli(['cost', join(repo, 'app'), '--price-profile', 'aws', '--format', 'json']).stdout);
    expect(aws.totals.monthly.min).toBe(Math.round((0.5 * 0.04048 + 1 * 0.004445) * 730 * 100) / 100); // 18.02
  });

  it('a config error names the file and line and exits 2', () => {
    const repo = gitRepoWith({ 'app/a.yaml': deployment('a', 1), 'app/.tollgate.yaml': 'budgets:\n  total: lots\n' });
    const run = runCli(['cost', join(repo, 'app')]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('tollgate: app/.tollgate.yaml:2: budgets.total must be number\n  see the configuration reference in the README\n');
  });
});

describe('cost annotations', () => {
  it('are written on the resource, never on its pod template', () => {
    const run = runCli(['render', 'examples/shop']);
    const objects = kubectlDecode(run.stdout);
    const web = objects.find((o) => o.kind === 'Deployment' && (o.metadata as { name: string }).name === 'web')!;
    expect((web.metadata as { annotations: Record<string, string> }).annotations).toEqual({
      'tollgate.dev/monthly-cost': '13.08',
      'tollgate.dev/monthly-cost-max': '39.25',
      'tollgate.dev/cost-breakdown': '{"cpu":11.54,"memory":1.55,"gpu":0,"storage":0,"network":0}',
      'tollgate.dev/findings': 'warning=4,info=2',
      'tollgate.dev/rules': 'image-digest,pdb-missing,probe-liveness,pss-capabilities-strict,pss-privilege-escalation,pss-seccomp-strict',
      'tollgate.dev/verdict': 'pass',
    });
    for (const o of objects) {
      const template = (o.spec as { template?: { metadata?: { annotations?: Record<string, string> } } } | undefined)?.template;
      expect(Object.keys(template?.metadata?.annotations ?? {}).filter((k) => k.startsWith('tollgate.dev/'))).toEqual([]);
    }
  });

  it('--annotations findings writes only the verdict and findings; none writes nothing', () => {
    const findings = kubectlDecode(runCli(['render', 'examples/shop', '--annotations', 'findings']).stdout);
    const service = findings.find((o) => o.kind === 'Service' && (o.metadata as { name: string }).name === 'api')!;
    expect((service.metadata as { annotations: Record<string, string> }).annotations).toEqual({ 'tollgate.dev/verdict': 'pass' });
    expect(Object.keys((findings[0].metadata as { annotations: Record<string, string> }).annotations)).toEqual(['tollgate.dev/findings', 'tollgate.dev/rules', 'tollgate.dev/verdict']);
    const none = kubectlDecode(runCli(['render', 'examples/shop', '--annotations', 'none']).stdout);
    // Only the annotation the example itself sets remains.
    const written = none.flatMap((o) => Object.keys((o.metadata as { annotations?: object }).annotations ?? {}));
    expect(written).toEqual(['tollgate.dev/expected-duration']);
  });

  it('--mode enforce refuses a render that breaks a budget: exit 1, nothing on stdout, one line per failure', () => {
    const repo = gitRepoWith({ 'app/a.yaml': deployment('a', 2), 'app/.tollgate.yaml': `${COST_ONLY}budgets: {workload: 20}\n` });
    const run = runCli(['render', join(repo, 'app'), '--mode', 'enforce']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('tollgate: refused by policy (1 failing):\nbudget-workload: Deployment/a: budget-workload: Deployment/a 29.26 > 20.00\n');
    expect(runCli(['render', join(repo, 'app')]).status).toBe(0); // annotate mode reports, never refuses
  });
});
