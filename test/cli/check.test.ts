// `tollgate check` through the built CLI.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, REPO, gitRepoWith, runCli } from '../helpers/env.js';

const golden = (name: string) => readFileSync(join(REPO, 'test/fixtures/golden', name), 'utf8');

describe('tollgate check', () => {
  it("microservices-demo's findings (golden), exit 1 on its errors", () => {
    const run = runCli(['check', join(CORPUS, 'microservices-demo'), '--repo-root', CORPUS]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(golden('check-microservices-demo.txt'));
  });

  it('--fail-on: never passes, warning fails the example app that passes on errors', () => {
    expect(runCli(['check', join(CORPUS, 'microservices-demo'), '--repo-root', CORPUS, '--fail-on', 'never']).status).toBe(0);
    expect(runCli(['check', 'examples/shop']).status).toBe(0);
    expect(runCli(['check', 'examples/shop', '--fail-on', 'warning']).status).toBe(1);
    expect(runCli(['check', 'examples/shop', '--fail-on', 'sometimes']).status).toBe(2);
  });

  it('SARIF 2.1.0: repo-relative locations, rule metadata with security-severity, stable fingerprints, suppressed findings left out', () => {
    const sarif = JSON.parse(runCli(['check', 'examples/shop', '--format', 'sarif']).stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'pss-privileged');
    expect(rule).toMatchObject({ defaultConfiguration: { level: 'error' }, properties: { 'security-severity': '8.0' } });
    const result = run.results.find((r: { ruleId: string; message: { text: string } }) => r.ruleId === 'image-digest' && r.message.text.includes('shop-web'));
    expect(result).toMatchObject({
      level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'examples/shop/web.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 24 } } }],
    });
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('image-digest');
    expect(run.results.some((r: { ruleId: string }) => r.ruleId === 'image-tag-latest')).toBe(false); // suppressed by the example's exception
    const again = JSON.parse(runCli(['check', 'examples/shop', '--format', 'sarif']).stdout);
    expect(again.runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints)).toEqual(run.results.map((r: { partialFingerprints: object }) => r.partialFingerprints));
  });

  it('--base-ref marks findings new or existing; each side uses its own .tollgate.yaml', () => {
    const app = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {team: a}\nspec:\n  securityContext: {runAsNonRoot: true}\n  containers:\n  - name: c\n    image: ${image}\n    resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {memory: 64Mi}}\n`;
    const repo = gitRepoWith({ 'app/pod.yaml': app('ghcr.io/acme/c:1.0'), 'app/.tollgate.yaml': 'policy:\n  rules: {network-policy: off}\n' });
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { stdio: 'pipe' });
    git('add', '-A');
    git('commit', '-qm', 'base');
    writeFileSync(join(repo, 'app/pod.yaml'), app('ghcr.io/acme/c:latest'));
    writeFileSync(join(repo, 'app/.tollgate.yaml'), 'policy:\n  rules: {network-policy: off, pss-seccomp-strict: error}\n');
    const run = runCli(['check', join(repo, 'app'), '--base-ref', 'HEAD', '--format', 'json']);
    const findings = JSON.parse(run.stdout).resources[0].findings.map((f: { rule: string; level: string; new: boolean }) => `${f.rule}:${f.level}:${f.new ? 'new' : 'existing'}`);
    expect(findings).toEqual(expect.arrayContaining(['image-tag-latest:error:new', 'pss-seccomp-strict:error:existing', 'image-digest:warning:existing']));
    expect(runCli(['check', join(repo, 'app'), '--base-ref', 'HEAD']).stdout).toMatch(/image-tag-latest .* uses the latest tag \(new\)/);
  });

  it('runs every corpus app without crashing, and every finding has a rule, level and source line', () => {
    const apps = ['argocd-guestbook/guestbook', 'podinfo/kustomize', 'kube-prometheus', 'argo-rollouts/manifests', 'kustomize-overlays/ldap/overlays/production', 'argocd-guestbook/helm-guestbook', 'podinfo/charts/podinfo'];
    for (const app of apps) {
      const run = runCli(['check', join(CORPUS, app), '--repo-root', CORPUS, '--format', 'json']);
      expect([0, 1], `${app}: ${run.stderr}`).toContain(run.status);
      const report = JSON.parse(run.stdout);
      for (const r of report.resources) {
        for (const f of r.findings) {
          expect(f.rule, app).toMatch(/^[a-z0-9-]+$/);
          expect(['error', 'warning', 'info']).toContain(f.level);
          expect(f.source?.line, `${app} ${r.kind}/${r.name} ${f.rule}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('colour', () => {
  it('colours levels on a terminal (FORCE_COLOR), never when NO_COLOR or into a file', () => {
    expect(runCli(['check', 'examples/shop'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[33mwarning');
    expect(runCli(['check', 'examples/shop'], { env: { NO_COLOR: '1', FORCE_COLOR: '' } }).stdout).not.toContain('\u001b[');
  });
});
