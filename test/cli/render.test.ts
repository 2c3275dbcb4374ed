// `tollgate render` as users run it: the built CLI, real tools, bad input.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, CORPUS, HELM, KUBECTL, REPO, gitRepoWith, kubectlDecode, runCli, tempDir } from '../helpers/env.js';
import { expectGone, hangingHelm } from '../helpers/processes.js';

const NO_STACK = /\n\s+at |node:internal|\.ts:\d+/;

function expectCleanFailure(run: { stdout: string; stderr: string; status: number | null }, message: string | RegExp) {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(NO_STACK);
  if (typeof message === 'string') expect(run.stderr).toBe(message);
  else expect(run.stderr).toMatch(message);
}


describe('tollgate render', () => {
  it('renders the example app: a YAML stream kubectl reads back as the same objects, nothing on stderr', () => {
    const run = runCli(['render', 'examples/shop']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const objects = kubectlDecode(run.stdout);
    expect(objects.map((o) => `${o.kind}/${(o.metadata as { name: string }).name}`)).toEqual([
      'Deployment/api', 'Service/api', 'NetworkPolicy/default-deny', 'NetworkPolicy/web-from-anywhere', 'StatefulSet/postgres', 'Service/postgres',
      'Deployment/web', 'HorizontalPodAutoscaler/web', 'Service/web', 'Deployment/worker', 'CronJob/nightly-report',
    ]);
  });

  it('is byte-identical across runs, in YAML and in JSON lines', () => {
    for (const format of ['yaml', 'json']) {
      const a = runCli(['render', join(CORPUS, 'kube-prometheus'), '-o', format]);
      const b = runCli(['render', join(CORPUS, 'kube-prometheus'), '-o', format]);
      expect(a.status).toBe(0);
      expect(a.stdout.length).toBeGreaterThan(3_000_000);
      expect(a.stdout === b.stdout).toBe(true);
    }
  });

  it('-o json prints one object per line that kubectl decodes identically', () => {
    const yaml = runCli(['render', 'examples/shop']).stdout;
    const json = runCli(['render', 'examples/shop', '-o', 'json']).stdout;
    const lines = json.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual(kubectlDecode(yaml));
  });

  it('--output writes the file instead of stdout', () => {
    const dir = tempDir();
    const run = runCli(['render', 'examples/shop', '--output', join(dir, 'out.yaml')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(dir, 'out.yaml'), 'utf8')).toBe(runCli(['render', 'examples/shop']).stdout);
  });

  it('finds the repo root from git and renders a kustomize overlay that reaches into its base', () => {
    const dir = gitRepoWith({});
    cpSync(join(CORPUS, 'kustomize-overlays/ldap'), join(dir, 'ldap'), { recursive: true });
    const run = runCli(['render', join(dir, 'ldap/overlays/production')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('name: production-ldap\n');
  });

  it('passes helm values, --set, namespace and kube version through', () => {
    const run = runCli(['render', 'test/fixtures/charts/echo', '--release', 'r1', '-n', 'team-a', '--set', 'message=hi there', '--kube-version', '1.30.2']);
    expect(run.status).toBe(0);
    expect(kubectlDecode(run.stdout)).toEqual([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'r1-echo', namespace: 'team-a', annotations: { 'tollgate.dev/verdict': 'pass' } },
        data: { message: 'hi there', kubeVersion: 'v1.30.2' },
      },
    ]);
  });

  it('names the release after ARGOCD_APP_NAME without its namespace prefix, else after the chart', () => {
    expect(runCli(['render', 'test/fixtures/charts/echo'], { env: { ARGOCD_APP_NAME: 'apps_shop-prod' } }).stdout).toContain('name: shop-prod-echo');
    expect(runCli(['render', 'test/fixtures/charts/echo'], { env: { ARGOCD_APP_NAME: '' } }).stdout).toContain('name: echo-echo');
  });
});

describe('tollgate render: bad input', () => {
  it('malformed YAML: file, line and column, exit 2, nothing on stdout', () => {
    const dir = gitRepoWith({ 'app/ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n', 'app/bad.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bad\ndata:\n  a: [1, 2\n  b: 3\n' });
    const run = runCli(['render', join(dir, 'app')]);
    expectCleanFailure(run, /^tollgate: app\/bad\.yaml:7:\d+: .+\n  fix the YAML at that line; tollgate decodes manifests as Kubernetes does\n$/);
  });

  it('a later document of a file failing after an earlier one decoded is an error at its line', () => {
    const dir = gitRepoWith({ 'app/two.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\nfoo: bar\n' });
    const run = runCli(['render', join(dir, 'app')]);
    expectCleanFailure(run, "tollgate: app/two.yaml:6: Object 'Kind' is missing\n");
  });

  it('an unrelated YAML file is ignored with a warning; one that looks like a manifest is an error', () => {
    const dir = gitRepoWith({
      'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
      'app/settings.yaml': 'replicas: 3\nimage: nginx\n',
    });
    const ok = runCli(['render', join(dir, 'app')]);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe("tollgate: warning: ignoring app/settings.yaml: not a Kubernetes manifest (Object 'Kind' is missing)\n");
    writeFileSync(join(dir, 'app/settings.yaml'), 'apiVersion: v1\nmetadata:\n  name: x\n# kind: ConfigMap\n');
    expectCleanFailure(runCli(['render', join(dir, 'app')]), "tollgate: app/settings.yaml:1: Object 'Kind' is missing\n");
  });

  it('a YAML alias bomb is refused fast', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const dir = gitRepoWith({ 'app/bomb.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n  ${levels.join('\n  ')}\n` });
    const started = Date.now();
    const run = runCli(['render', join(dir, 'app')]);
    expect(Date.now() - started).toBeLessThan(5000);
    expectCleanFailure(run, /^tollgate: app\/bomb\.yaml:1: document expands to more than 2,000,000 nodes through aliases \(a YAML alias bomb\?\)\n/);
  });

  it('a 100 MB file is refused by its size, without reading it', () => {
    const dir = gitRepoWith({ 'app/small.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n' });
    writeFileSync(join(dir, 'app/huge.yaml'), '');
    truncateSync(join(dir, 'app/huge.yaml'), 100 * 1024 * 1024);
    const run = runCli(['render', join(dir, 'app')]);
    expectCleanFailure(run, /^tollgate: app\/huge\.yaml: manifests exceed the 10,000,000-byte limit on their combined size \(reached at app\/huge\.yaml, 104,857,600 bytes\)\n/);
  });

  it('a symlink pointing out of the repo is refused', () => {
    const dir = gitRepoWith({ 'app/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n' });
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.yaml'), 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n');
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'app/link.yaml'));
    expectCleanFailure(runCli(['render', join(dir, 'app')]), /^tollgate: app\/link\.yaml: symlink app\/link\.yaml points outside the repository root\n/);
  });

  it('--values ../../etc/passwd is refused before helm runs', () => {
    const run = runCli(['render', join(REPO, 'test/fixtures/charts/echo'), '--values', '../../etc/passwd'], { cwd: REPO });
    expectCleanFailure(run, `tollgate: values file ../../etc/passwd resolves outside the repository root ${REPO}\n  tollgate only reads files inside the repository (see --repo-root)\n`);
  });

  it('--set values with shell metacharacters reach helm literally', () => {
    const dir = tempDir();
    const marker = join(dir, 'pwned');
    const value = `$(touch ${marker}); \`touch ${marker}\` | & > < * ?`;
    const run = runCli(['render', 'test/fixtures/charts/echo', '--set', `message=${value}`]);
    expect(run.status).toBe(0);
    expect((kubectlDecode(run.stdout)[0].data as Record<string, string>).message).toBe(value);
    expect(existsSync(marker)).toBe(false);
  });

  it('a missing helm binary names the binary and how to get it', () => {
    const run = runCli(['render', 'test/fixtures/charts/echo'], { env: { PATH: '/nonexistent', TOLLGATE_HELM: '' } });
    expectCleanFailure(
      run,
      'tollgate: helm was not found on PATH; it is needed to render Helm charts\n  install Helm 3 (https://helm.sh/docs/intro/install/) or set TOLLGATE_HELM to the helm binary\n',
    );
  });

  it('a missing kustomize names both binaries it looks for', () => {
    const run = runCli(['render', join(CORPUS, 'podinfo/kustomize')], { env: { PATH: '/nonexistent' } });
    expectCleanFailure(run, /^tollgate: neither kustomize nor kubectl was found on PATH/);
  });

  it('a renderer that hangs is killed with its whole process group after the timeout', async () => {
    const { fake, pidFile } = hangingHelm();
    const started = Date.now();
    const run = runCli(['render', 'test/fixtures/charts/echo'], { env: { TOLLGATE_HELM: fake, TOLLGATE_EXEC_TIMEOUT: '1s' } });
    expect(Date.now() - started).toBeLessThan(8000);
    expectCleanFailure(run, 'tollgate: helm template did not finish within 1s and was stopped\n  raise TOLLGATE_EXEC_TIMEOUT (e.g. 180s) if the render is legitimately slow\n');
    await expectGone(pidFile);
  });

  it('SIGTERM to tollgate stops the renderer and its children, and prints nothing on stdout', async () => {
    const { fake, pidFile } = hangingHelm();
    const child = spawn(process.execPath, [CLI, 'render', 'test/fixtures/charts/echo'], { cwd: REPO, env: { ...process.env, TOLLGATE_HELM: fake } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    for (let i = 0; i < 100 && !existsSync(pidFile); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGTERM');
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('tollgate: helm template was cancelled\n');
    await expectGone(pidFile);
  });

  it('TOLLGATE_KUSTOMIZE picks the kustomize binary (kubectl works too); a bad one is named', () => {
    const ok = runCli(['render', join(CORPUS, 'podinfo/kustomize')], { env: { TOLLGATE_KUSTOMIZE: KUBECTL, PATH: '/nonexistent' } });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('kind: HorizontalPodAutoscaler');
    const notExecutable = join(tempDir(), 'kustomize');
    writeFileSync(notExecutable, 'not a program');
    expectCleanFailure(
      runCli(['render', join(CORPUS, 'podinfo/kustomize')], { env: { TOLLGATE_KUSTOMIZE: notExecutable } }),
      `tollgate: TOLLGATE_KUSTOMIZE=${notExecutable} is not an executable file\n  point TOLLGATE_KUSTOMIZE at the binary, or unset it to use the one on PATH\n`,
    );
  });

  it('the vLLM chart without its dependencies: the error names both and the command that fetches them', () => {
    const run = runCli(['render', join(CORPUS, 'gpu-inference/vllm-stack'), '--repo-root', CORPUS, '--no-dependency-build']);
    expectCleanFailure(
      run,
      'tollgate: gpu-inference/vllm-stack/Chart.yaml: chart vllm-stack is missing dependencies in gpu-inference/vllm-stack/charts/: kube-prometheus-stack 82.4.3 from oci://ghcr.io/prometheus-community/charts, prometheus-adapter 5.3.0 from oci://ghcr.io/prometheus-community/charts\n' +
        '  run `helm dependency build gpu-inference/vllm-stack` where the chart repositories are reachable and commit gpu-inference/vllm-stack/charts/, or vendor the charts there\n',
    );
  });

  it('a missing dependency is built in a scratch copy first, leaving the chart untouched', () => {
    const dir = gitRepoWith({});
    cpSync(join(REPO, 'test/fixtures/charts/echo'), join(dir, 'chart'), { recursive: true });
    cpSync(join(REPO, 'test/fixtures/charts/echo'), join(dir, 'libs/sub'), { recursive: true });
    writeFileSync(join(dir, 'libs/sub/Chart.yaml'), 'apiVersion: v2\nname: sub\nversion: 1.0.0\n');
    writeFileSync(join(dir, 'chart/Chart.yaml'), `apiVersion: v2\nname: echo\nversion: 0.1.0\ndependencies:\n  - name: sub\n    version: 1.0.0\n    repository: file://${join(dir, 'libs/sub')}\n`);
    const run = runCli(['render', join(dir, 'chart'), '--release', 'r']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(kubectlDecode(run.stdout).map((o) => (o.metadata as { name: string }).name)).toEqual(['r-echo', 'r-echo']);
    expect(existsSync(join(dir, 'chart/charts'))).toBe(false);
  });

  it('usage errors: unknown command, unknown flag, bad renderer, bad --set', () => {
    expectCleanFailure(runCli(['rendr']), 'tollgate: unknown command "rendr"\n  run `tollgate --help` for the list of commands\n');
    expectCleanFailure(runCli(['render', '--bogus']), /^tollgate: Unknown option '--bogus'/);
    expectCleanFailure(runCli(['render', '--renderer', 'jsonnet']), 'tollgate: --renderer jsonnet is not one of auto, directory, kustomize, helm\n');
    expectCleanFailure(runCli(['render', 'test/fixtures/charts/echo', '--set', 'novalue']), 'tollgate: --set "novalue" is not key=value\n');
    expectCleanFailure(runCli(['render', 'no/such/dir']), 'tollgate: app path no/such/dir does not exist\n');
  });

  it('--version and --help', () => {
    const version = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version;
    expect(runCli(['--version'])).toMatchObject({ status: 0, stdout: `tollgate ${version}\n`, stderr: '' });
    expect(runCli(['render', '--help']).stdout).toMatch(/^Usage: tollgate render \[PATH\]/);
    expect(HELM).toBeTruthy();
  });
});
