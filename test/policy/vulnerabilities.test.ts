import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, gitRepoWith, runCli } from '../helpers/env.js';

const D = 'cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc';
const pod = (name: string, image: string) => `apiVersion: v1
kind: Pod
metadata: {name: ${name}, labels: {team: a}}
spec:
  securityContext: {runAsNonRoot: true}
  containers:
  - name: ${name}
    image: ${image}
    resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {memory: 16Mi}}
`;
const scans = (name: string) => join(REPO, 'test/fixtures/scans', name);

function vulns(config: string, ...args: string[]) {
  const repo = gitRepoWith({
    'app/api.yaml': pod('api', `ghcr.io/acme/api@sha256:${D}`),
    'app/web.yaml': pod('web', 'ghcr.io/acme/web:1.4.2'),
    'app/other.yaml': pod('other', 'ghcr.io/acme/other:1.0'),
    'app/.tollgate.yaml': `policy:\n  rules: {network-policy: off, image-digest: off, image-vulnerabilities: error}\n${config}`,
  });
  const run = runCli(['check', join(repo, 'app'), '--format', 'json', ...args]);
  const report = JSON.parse(run.stdout);
  return {
    status: run.status,
    found: report.resources.flatMap((r: { name: string; findings: Array<{ rule: string; message: string; suppressed: unknown; source: { line: number } }> }) =>
      r.findings.filter((f) => f.rule === 'image-vulnerabilities').map((f) => `${r.name}@${f.source.line}: ${f.message}${f.suppressed ? ' [suppressed]' : ''}`),
    ),
  };
}

describe('image-vulnerabilities from scanner reports', () => {
  it('Trivy by digest and Grype by tag: critical ones by default', () => {
    const { status, found } = vulns('', '--scan-results', scans('trivy-api.json'), '--scan-results', scans('grype-web.json'));
    expect(status).toBe(1);
    expect(found).toEqual([
      'api@8: container api: CVE-2024-0001 (critical) in openssl 3.0.11-1, fixed in 3.0.13-1',
      'api@8: container api: CVE-2024-0002 (critical) in zlib 1.2.13, no fix yet',
      'web@8: container web: GHSA-aaaa-bbbb-cccc (critical) in lodash 4.17.20, fixed in 4.17.21',
    ]);
  });

  it('the threshold and ignoreUnfixed come from policy.vulnerabilities', () => {
    const { found } = vulns('  vulnerabilities: {failOn: medium, ignoreUnfixed: true}\n', '--scan-results', scans('trivy-api.json'), '--scan-results', scans('grype-web.json'));
    expect(found).toEqual([
      'api@8: container api: CVE-2024-0001 (critical) in openssl 3.0.11-1, fixed in 3.0.13-1',
      'api@8: container api: CVE-2024-0003 (high) in curl 7.88.1, fixed in 7.88.2',
      'web@8: container web: GHSA-aaaa-bbbb-cccc (critical) in lodash 4.17.20, fixed in 4.17.21',
    ]);
  });

  it('one CVE can be excepted by name, with a reason', () => {
    const { found } = vulns('  exceptions:\n    - {rules: ["image-vulnerabilities:CVE-2024-0002"], reason: "not reachable: zlib unused, SEC-88"}\n', '--scan-results', scans('trivy-api.json'));
    expect(found).toEqual([
      'api@8: container api: CVE-2024-0001 (critical) in openssl 3.0.11-1, fixed in 3.0.13-1',
      'api@8: container api: CVE-2024-0002 (critical) in zlib 1.2.13, no fix yet [suppressed]',
    ]);
  });

  it('a file that is not a scanner report is an input error', () => {
    const repo = gitRepoWith({ 'app/p.yaml': pod('p', 'nginx:1'), 'bad.json': '{"hello": 1}' });
    const run = runCli(['check', join(repo, 'app'), '--scan-results', join(repo, 'bad.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is neither a Trivy JSON report .* nor a Grype JSON report/);
  });
});
