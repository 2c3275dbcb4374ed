// The plugin contract: tollgate run exactly as argocd-cmp-server runs it
// (see helpers/sidecar.ts), on corpus apps and on the failures Argo CD must
// never mistake for an empty app.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { CORPUS, KUBECTL, REPO, helmTemplate, kubectlKustomize, runCli, tempDir } from '../helpers/env.js';
import { expectGone, hangingHelm } from '../helpers/processes.js';
import { startGitHub } from '../helpers/github-server.js';
import { argoManifests, runSidecar, unpackRepo } from '../helpers/sidecar.js';

/** A repository as a platform team keeps it: apps side by side. */
function platformRepo(): string {
  const repo = tempDir('tollgate-repo-');
  cpSync(join(CORPUS, 'microservices-demo'), join(repo, 'apps/boutique'), { recursive: true });
  cpSync(join(CORPUS, 'kustomize-overlays/springboot'), join(repo, 'apps/springboot'), { recursive: true });
  cpSync(join(CORPUS, 'podinfo/charts/podinfo'), join(repo, 'charts/podinfo'), { recursive: true });
  mkdirSync(join(repo, 'shared'));
  writeFileSync(join(repo, 'shared/podinfo-common.yaml'), 'podAnnotations:\n  team: web\n');
  return repo;
}

const TOLLGATE_KEYS = /^tollgate\.dev\//;

/** Every resource carries tollgate's annotations on its own metadata; no pod template carries any. */
function expectAnnotatedResources(manifests: Array<Record<string, any>>): void {
  expect(manifests.length).toBeGreaterThan(0);
  for (const m of manifests) {
    expect(m.metadata?.annotations?.['tollgate.dev/verdict'], `${m.kind}/${m.metadata?.name}`).toMatch(/^(pass|fail)$/);
    const templates = [m.spec?.template, m.spec?.jobTemplate?.spec?.template].filter(Boolean);
    for (const t of templates) expect(Object.keys(t.metadata?.annotations ?? {}).filter((k) => TOLLGATE_KEYS.test(k)), `${m.kind}/${m.metadata?.name} template`).toEqual([]);
  }
}

const withoutTollgate = (m: Record<string, any>) => {
  const copy = structuredClone(m);
  for (const key of Object.keys(copy.metadata?.annotations ?? {})) if (TOLLGATE_KEYS.test(key)) delete copy.metadata.annotations[key];
  if (copy.metadata?.annotations && Object.keys(copy.metadata.annotations).length === 0) delete copy.metadata.annotations;
  return copy;
};
const decodeAll = (stream: string) => parseAllDocuments(stream).map((d) => d.toJS()).filter(Boolean);

describe('the plugin on three corpus apps', () => {
  it('plain manifests: microservices-demo', async () => {
    const { root } = unpackRepo(platformRepo());
    const run = await runSidecar({ root, sourcePath: 'apps/boutique', appName: 'argocd_boutique', destinationNamespace: 'boutique', parameters: null });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const manifests = argoManifests(run.stdout);
    expectAnnotatedResources(manifests);
    // What Argo CD's directory source would apply, plus annotations and nothing else.
    expect(manifests.map(withoutTollgate)).toEqual(decodeAll(readFileSync(join(CORPUS, 'microservices-demo/kubernetes-manifests.yaml'), 'utf8')));
    const frontend = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === 'frontend')!;
    expect(frontend.metadata.annotations['tollgate.dev/rules']).toBe('cost-labels,image-digest,network-policy,pss-seccomp-strict,replicas-min');
  });

  it('a Kustomize overlay, with Argo CD Kustomize options as parameters', async () => {
    const { root } = unpackRepo(platformRepo());
    const run = await runSidecar({
      root,
      sourcePath: 'apps/springboot/overlays/production',
      parameters: [
        { name: 'kustomize-images', array: ['jingfang/sbdemo=registry.example.com/sbdemo:1.4.2'] },
        { name: 'kustomize-common-labels', map: { team: 'payments' } },
        { name: 'kustomize-name-prefix', string: 'prod-' },
      ],
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const manifests = argoManifests(run.stdout);
    expectAnnotatedResources(manifests);
    // kustomize itself, given the same options through `kustomize edit` on a copy, is the reference.
    const copy = tempDir();
    cpSync(join(CORPUS, 'kustomize-overlays/springboot'), copy, { recursive: true });
    const overlay = join(copy, 'overlays/production');
    const reference = tempDir();
    writeFileSync(
      join(reference, 'kustomization.yaml'),
      JSON.stringify({ resources: [relative(reference, overlay)], images: [{ name: 'jingfang/sbdemo', newName: 'registry.example.com/sbdemo', newTag: '1.4.2' }], labels: [{ pairs: { team: 'payments' }, includeSelectors: true }], namePrefix: 'prod-' }),
    );
    expect(manifests.map(withoutTollgate)).toEqual(decodeAll(kubectlKustomize(reference)));
    const deployment = manifests.find((m) => m.kind === 'Deployment')!;
    expect(deployment.metadata.name).toBe('prod-production-sbdemo');
    expect(deployment.spec.template.spec.containers[0].image).toBe('registry.example.com/sbdemo:1.4.2');
    expect(deployment.spec.selector.matchLabels.team).toBe('payments');
  });

  it('a Helm chart: release from the app name, namespace from the destination, values files, inline values, --set', async () => {
    const { root } = unpackRepo(platformRepo());
    const run = await runSidecar({
      root,
      sourcePath: 'charts/podinfo',
      appName: 'team-a_frontend',
      destinationNamespace: 'web',
      // Empty: argocd-cmp-server drops it, and tollgate must not mind either way.
      appEnv: { TOLLGATE_ANNOTATIONS: '' },
      kubeVersion: '1.29.3',
      apiVersions: ['v1', 'apps/v1', 'apps/v1/Deployment'],
      parameters: [
        { name: 'values-files', array: ['values.yaml', '../../shared/podinfo-common.yaml'] },
        { name: 'values', string: 'resources:\n  limits:\n    memory: 256Mi\n' },
        { name: 'helm-parameters', map: { replicaCount: '3', 'ui.message': '<b>R&D</b> $(touch /tmp/tollgate-pwned); `id`' } },
      ],
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const manifests = argoManifests(run.stdout);
    expectAnnotatedResources(manifests);
    const values = tempDir();
    writeFileSync(join(values, 'inline.yaml'), 'resources:\n  limits:\n    memory: 256Mi\n');
    const chart = join(CORPUS, 'podinfo/charts/podinfo');
    const reference = helmTemplate([
      'frontend', chart, '--namespace', 'web', '--values', join(chart, 'values.yaml'), '--values', join(root, 'shared/podinfo-common.yaml'), '--values', join(values, 'inline.yaml'),
      '--set', 'replicaCount=3', '--set', 'ui.message=<b>R&D</b> $(touch /tmp/tollgate-pwned); `id`', '--kube-version', '1.29.3', '--api-versions', 'v1', '--api-versions', 'apps/v1', '--api-versions', 'apps/v1/Deployment', '--include-crds',
    ]);
    // The chart's test hooks name themselves with randAlphaNum: compare everything else.
    const notTestHook = (m: Record<string, any>) => !String(m.metadata?.annotations?.['helm.sh/hook'] ?? '').startsWith('test');
    expect(manifests.map(withoutTollgate).filter(notTestHook)).toEqual(decodeAll(reference).filter(notTestHook));
    expect(manifests.filter((m) => !notTestHook(m))).toHaveLength(3);
    const deployment = manifests.find((m) => m.kind === 'Deployment')!;
    expect(deployment.metadata.name).toBe('frontend-podinfo');
    expect(deployment.spec.replicas).toBe(3);
    expect(deployment.spec.template.spec.containers[0].env).toContainEqual({ name: 'PODINFO_UI_MESSAGE', value: '<b>R&D</b> $(touch /tmp/tollgate-pwned); `id`' });
    expect(deployment.spec.template.metadata.annotations.team).toBe('web');
    expect(existsSync('/tmp/tollgate-pwned')).toBe(false);
  });
});

describe('failures are never an empty success', () => {
  it('malformed YAML: exit 2, nothing on stdout, the file and line on stderr', async () => {
    const repo = tempDir();
    mkdirSync(join(repo, 'apps/broken'), { recursive: true });
    writeFileSync(join(repo, 'apps/broken/app.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: [1, 2\n');
    const { root } = unpackRepo(repo);
    const run = await runSidecar({ root, sourcePath: 'apps/broken' });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(/^tollgate: apps\/broken\/app\.yaml:\d+:\d+: /);
  });

  it('a values file outside the repository: refused, though there is no .git to find the root by', async () => {
    const { root } = unpackRepo(platformRepo());
    expect(existsSync(join(root, '.git'))).toBe(false);
    const run = await runSidecar({ root, sourcePath: 'charts/podinfo', parameters: [{ name: 'values-files', array: ['../../../etc/passwd'] }] });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(/^tollgate: values file \.\.\/\.\.\/\.\.\/etc\/passwd resolves outside the repository root /);
  });

  it('an unknown parameter: exit 2 with the known ones named', async () => {
    const { root } = unpackRepo(platformRepo());
    const run = await runSidecar({ root, sourcePath: 'apps/boutique', parameters: [{ name: 'value-files', array: ['a.yaml'] }] });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('tollgate: unknown plugin parameter "value-files"');
  });
});

describe('enforce', () => {
  it('refuses a failing app with exit 1, nothing on stdout, one line per failing rule and resource', async () => {
    const { root } = unpackRepo(platformRepo());
    const run = await runSidecar({ root, sourcePath: 'apps/boutique', parameters: [{ name: 'mode', string: 'enforce' }] });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('tollgate: refused by policy (13 failing):');
    expect(lines).toHaveLength(14);
    expect(lines[1]).toBe('network-policy: Deployment/frontend: no NetworkPolicy in namespace (default) selects these pods for Ingress and Egress');
  });

  it('shows at most 20 reasons, then how many more', async () => {
    const repo = tempDir();
    mkdirSync(join(repo, 'apps/many'), { recursive: true });
    const deployment = (i: number) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-${i}\nspec:\n  selector: {matchLabels: {app: web-${i}}}\n  template:\n    metadata: {labels: {app: web-${i}}}\n    spec:\n      containers:\n      - name: web\n        image: nginx:latest\n`;
    writeFileSync(join(repo, 'apps/many/deployments.yaml'), Array.from({ length: 6 }, (_, i) => deployment(i)).join('---\n'));
    const { root } = unpackRepo(repo);
    const run = await runSidecar({ root, sourcePath: 'apps/many', parameters: [{ name: 'mode', string: 'enforce' }] });
    expect(run.exitCode).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    // Per Deployment: pss-run-as-non-root, image-tag-latest, resources-limits, network-policy.
    expect(lines[0]).toBe('tollgate: refused by policy (24 failing):');
    expect(lines).toHaveLength(22);
    expect(lines[1]).toBe('pss-run-as-non-root: Deployment/web-0: container web: may run as root: set runAsNonRoot: true on the pod or the container');
    expect(lines[21]).toBe('and 4 more');
  });

  it("the sidecar's TOLLGATE_MIN_MODE=enforce wins over an Application asking for annotate, and over its env", async () => {
    const { root } = unpackRepo(platformRepo());
    const run = await runSidecar({
      root,
      sourcePath: 'apps/boutique',
      parameters: [{ name: 'mode', string: 'annotate' }],
      appEnv: { TOLLGATE_MIN_MODE: 'annotate' },
      sidecarEnv: { TOLLGATE_MIN_MODE: 'enforce' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe("tollgate: warning: ARGOCD_ENV_TOLLGATE_MIN_MODE is ignored: TOLLGATE_MIN_MODE is an admin setting, read only from the sidecar's environment");
  });

  it('a passing app syncs in enforce mode', async () => {
    const repo = tempDir();
    mkdirSync(join(repo, 'apps/ok'), { recursive: true });
    writeFileSync(join(repo, 'apps/ok/cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  color: blue\n');
    const { root } = unpackRepo(repo);
    const run = await runSidecar({ root, sourcePath: 'apps/ok', parameters: [{ name: 'mode', string: 'enforce' }] });
    expect(run.exitCode).toBe(0);
    expect(argoManifests(run.stdout)).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', annotations: { 'tollgate.dev/verdict': 'pass' } }, data: { color: 'blue' } }]);
  });

});

describe('require-attestation', () => {
  /** A repo with one passing app, attested in "CI" with `tollgate attest`, and the sidecar's trust. */
  function attestedRepo() {
    const repo = tempDir();
    mkdirSync(join(repo, 'apps/ok'), { recursive: true });
    writeFileSync(join(repo, 'apps/ok/cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  color: blue\n');
    const keys = tempDir();
    execFileSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', join(keys, 'ci.key')]);
    const pub = execFileSync('openssl', ['pkey', '-in', join(keys, 'ci.key'), '-pubout']).toString();
    const attest = runCli(['attest', join(repo, 'apps/ok'), '--repo-root', repo, '--key', join(keys, 'ci.key'), '--output', join(repo, '.tollgate/attestations/apps/ok.sigstore.json')]);
    expect(attest.status).toBe(0);
    return { repo, pub };
  }

  it('an attested render syncs; the sidecar trusts the key from its own env', async () => {
    const { repo, pub } = attestedRepo();
    const { root } = unpackRepo(repo);
    const run = await runSidecar({ root, sourcePath: 'apps/ok', sidecarEnv: { TOLLGATE_REQUIRE_ATTESTATION: 'true', TOLLGATE_TRUSTED_KEY: pub } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(argoManifests(run.stdout).map((m) => m.metadata.name)).toEqual(['settings']);
  });

  it("without a bundle file, reads GitHub's attestations API for the render's digest (TOLLGATE_GITHUB_TOKEN)", async () => {
    const { repo, pub } = attestedRepo();
    const file = join(repo, '.tollgate/attestations/apps/ok.sigstore.json');
    const bundle = JSON.parse(readFileSync(file, 'utf8'));
    const digest = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()).subject[0].digest.sha256;
    rmSync(join(repo, '.tollgate'), { recursive: true });
    const github = await startGitHub();
    try {
      const sidecarEnv = { TOLLGATE_REQUIRE_ATTESTATION: 'true', TOLLGATE_TRUSTED_KEY: pub, TOLLGATE_GITHUB_TOKEN: 'ghs_reader', TOLLGATE_GITHUB_API_URL: github.url };
      let run = await runSidecar({ root: unpackRepo(repo).root, sourcePath: 'apps/ok', sidecarEnv });
      expect(run.exitCode).toBe(3);
      expect(run.stderr.split('\n')[0]).toBe(`tollgate: no attestation for apps/ok: .tollgate/attestations/apps/ok.sigstore.json is not in the repository, and GitHub has none for sha256:${digest}`);
      github.attestations.set(`example/platform-apps/sha256:${digest}`, [bundle]);
      run = await runSidecar({ root: unpackRepo(repo).root, sourcePath: 'apps/ok', sidecarEnv });
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      expect(github.requests.map((r) => r.path)).toEqual([`/repos/example/platform-apps/attestations/sha256:${digest}?per_page=100`, `/repos/example/platform-apps/attestations/sha256:${digest}?per_page=100`]);
    } finally {
      await github.close();
    }
  });

  it('blocks generate (exit 3, nothing on stdout) when the bundle is missing, for another render, or nobody is trusted', async () => {
    const { repo, pub } = attestedRepo();
    const missing = unpackRepo(repo);
    rmSync(join(missing.root, '.tollgate'), { recursive: true });
    let run = await runSidecar({ root: missing.root, sourcePath: 'apps/ok', parameters: [{ name: 'require-attestation', string: 'true' }], sidecarEnv: { TOLLGATE_TRUSTED_KEY: pub } });
    expect(run.exitCode).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('tollgate: no attestation for apps/ok: .tollgate/attestations/apps/ok.sigstore.json is not in the repository');

    const changed = unpackRepo(repo);
    writeFileSync(join(changed.root, 'apps/ok/cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  color: red\n');
    run = await runSidecar({ root: changed.root, sourcePath: 'apps/ok', sidecarEnv: { TOLLGATE_REQUIRE_ATTESTATION: 'true', TOLLGATE_TRUSTED_KEY: pub } });
    expect(run.exitCode).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(/^tollgate: \.tollgate\/attestations\/apps\/ok\.sigstore\.json: the attestation is for a different render: attested sha256:[0-9a-f]{64}, rendered sha256:[0-9a-f]{64}$/);

    const untrusted = unpackRepo(repo);
    // A key in the Application's env is not the sidecar's trust.
    run = await runSidecar({ root: untrusted.root, sourcePath: 'apps/ok', appEnv: { TOLLGATE_TRUSTED_KEY: pub }, sidecarEnv: { TOLLGATE_REQUIRE_ATTESTATION: 'true' } });
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain('tollgate: an attestation is required, but the sidecar trusts no key or identity');
  });
});

describe('deadline and concurrency', () => {
  it("Argo CD's deadline: SIGTERM to the process group stops tollgate and the renderer's children", async () => {
    const repo = platformRepo();
    const { root } = unpackRepo(repo);
    const { fake, pidFile } = hangingHelm();
    const started = Date.now();
    const run = await runSidecar({ root, sourcePath: 'charts/podinfo', sidecarEnv: { TOLLGATE_HELM: fake }, deadlineMs: 3000 });
    expect(run.timedOut).toBe(true);
    expect(run.exitCode === 0).toBe(false);
    expect(run.stdout).toBe('');
    expect(Date.now() - started).toBeLessThan(8000);
    await expectGone(pidFile);
  });

  it('20 concurrent generations give identical output', async () => {
    const repo = platformRepo();
    const runs = await Promise.all(
      Array.from({ length: 20 }, () => {
        const { root } = unpackRepo(repo);
        return runSidecar({ root, sourcePath: 'apps/springboot/overlays/production', appName: 'springboot' });
      }),
    );
    for (const run of runs) expect(run.exitCode).toBe(0);
    expect(new Set(runs.map((r) => r.stdout)).size).toBe(1);
    expect(argoManifests(runs[0].stdout).length).toBe(3);
  }, 120_000);
});

describe('what ships in plugin/', () => {
  it('plugin.yaml: tollgate v1, no discovery, generate = tollgate argocd generate, announcements = `tollgate argocd parameters`', () => {
    const plugin = parse(readFileSync(join(REPO, 'plugin/plugin.yaml'), 'utf8'));
    expect(plugin.kind).toBe('ConfigManagementPlugin');
    expect(plugin.metadata.name).toBe('tollgate');
    expect(plugin.spec.version).toBe('v1');
    expect(plugin.spec.discover).toBeUndefined();
    expect(plugin.spec.generate.command).toEqual(['tollgate', 'argocd', 'generate']);
    const cli = runCli(['argocd', 'parameters']);
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(plugin.spec.parameters.static);
    expect(plugin.spec.parameters.static.map((p: { name: string }) => p.name)).toEqual([
      'mode', 'annotations', 'require-attestation', 'config', 'renderer', 'release-name', 'namespace', 'values-files', 'values', 'helm-parameters', 'skip-crds', 'kube-version', 'api-versions',
      'recurse', 'include', 'exclude', 'kustomize-images', 'kustomize-name-prefix', 'kustomize-name-suffix', 'kustomize-namespace', 'kustomize-common-labels', 'kustomize-components',
    ]);
  });

  it('the install component builds with kubectl kustomize into a repo-server with the sidecar and its mounts', () => {
    const built = parseAllDocuments(execFileSync(KUBECTL, ['kustomize', join(REPO, 'test/fixtures/argocd-install')]).toString()).map((d) => d.toJS());
    const configMap = built.find((o) => o.kind === 'ConfigMap');
    expect(configMap.metadata.name).toMatch(/^tollgate-plugin-[a-z0-9]{10}$/);
    expect(configMap.metadata.namespace).toBe('argocd');
    expect(configMap.data['plugin.yaml']).toBe(readFileSync(join(REPO, 'plugin/plugin.yaml'), 'utf8'));
    const deployment = built.find((o) => o.kind === 'Deployment');
    const pod = deployment.spec.template.spec;
    expect(pod.containers.map((c: { name: string }) => c.name).sort()).toEqual(['argocd-repo-server', 'tollgate']);
    const sidecar = pod.containers.find((c: { name: string }) => c.name === 'tollgate');
    const repoServer = pod.containers.find((c: { name: string }) => c.name === 'argocd-repo-server');
    expect(sidecar.image).toBe('registry.example.com/platform/tollgate-argocd:0.1.0');
    expect(sidecar.command).toEqual(['/var/run/argocd/argocd-cmp-server']);
    expect(sidecar.securityContext).toEqual({ runAsNonRoot: true, runAsUser: 999, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } });
    expect(sidecar.resources).toEqual({ requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '1Gi' } });
    expect(sidecar.envFrom).toEqual([{ configMapRef: { name: 'tollgate-admin', optional: true } }]);
    expect(Object.fromEntries(sidecar.env.map((e: { name: string; value: string }) => [e.name, e.value]))).toEqual({
      HOME: '/tmp', HELM_CACHE_HOME: '/tmp/helm/cache', HELM_CONFIG_HOME: '/tmp/helm/config', HELM_DATA_HOME: '/tmp/helm/data', TOLLGATE_EXEC_TIMEOUT: '45',
    });
    expect(sidecar.volumeMounts).toEqual([
      { name: 'var-files', mountPath: '/var/run/argocd' },
      { name: 'plugins', mountPath: '/home/argocd/cmp-server/plugins' },
      { name: 'tollgate-plugin', mountPath: '/home/argocd/cmp-server/config/plugin.yaml', subPath: 'plugin.yaml' },
      { name: 'tollgate-tmp', mountPath: '/tmp' },
    ]);
    const volumes = Object.fromEntries(pod.volumes.map((v: { name: string }) => [v.name, v]));
    expect(volumes['tollgate-plugin'].configMap.name).toBe(configMap.metadata.name);
    expect(volumes['tollgate-tmp']).toEqual({ name: 'tollgate-tmp', emptyDir: {} });
    expect(volumes['var-files']).toEqual({ name: 'var-files', emptyDir: {} });
    expect(volumes.plugins).toEqual({ name: 'plugins', emptyDir: {} });
    expect(pod.volumes).toHaveLength(6);
    // The repo-server itself is untouched.
    expect(repoServer.volumeMounts.map((m: { name: string }) => m.name)).toEqual(['repo-server-tls', 'tmp', 'plugins', 'var-files']);
  });

  it('the Dockerfile: uid 999, argocd-cmp-server entrypoint, HOME under /tmp, the helm and kustomize the tests use', () => {
    const dockerfile = readFileSync(join(REPO, 'plugin/Dockerfile'), 'utf8');
    const instructions = dockerfile.split('\n').filter((l) => /^[A-Z]+ /.test(l));
    const finalStage = instructions.slice(instructions.map((l) => l.startsWith('FROM ')).lastIndexOf(true));
    expect(finalStage.filter((l) => l.startsWith('USER '))).toEqual(['USER 999']);
    expect(finalStage.at(-1)).toBe('ENTRYPOINT ["/var/run/argocd/argocd-cmp-server"]');
    expect(dockerfile).toMatch(/^ENV HOME=\/tmp \\$/m);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:24[.\d]*-bookworm-slim$/m);
    const helmVersion = /v(\d+\.\d+\.\d+)/.exec(spawnSync(join(REPO, '.tools/bin/helm'), ['version', '--short'], { encoding: 'utf8' }).stdout)![1];
    const kustomizeVersion = /Kustomize Version: v(\d+\.\d+\.\d+)/.exec(spawnSync(KUBECTL, ['version', '--client'], { encoding: 'utf8' }).stdout)![1];
    expect(dockerfile).toContain(`ARG HELM_VERSION=${helmVersion}\n`);
    expect(dockerfile).toContain(`ARG KUSTOMIZE_VERSION=${kustomizeVersion}\n`);
    expect(dockerfile).toContain('COPY plugin/plugin.yaml /home/argocd/cmp-server/config/plugin.yaml');
  });
});

describe('the real argocd-cmp-server (opt-in)', () => {
  const bin = process.env.ARGOCD_BIN;
  const reason = bin ? '' : ' — skipped: set ARGOCD_BIN to an argocd binary to run it (none can be installed on these machines)';
  it.skipIf(!bin)(`serves plugin.yaml over its unix socket${reason}`, async () => {
    const home = tempDir();
    const config = join(home, 'config');
    const plugins = join(home, 'plugins');
    mkdirSync(config);
    mkdirSync(plugins);
    cpSync(join(REPO, 'plugin/plugin.yaml'), join(config, 'plugin.yaml'));
    const server = execFileSync(process.execPath, ['-e', `
      const { spawn } = require('node:child_process');
      const p = spawn(${JSON.stringify(bin)}, [], { argv0: 'argocd-cmp-server', env: { ...process.env, ARGOCD_BINARY_NAME: 'argocd-cmp-server', ARGOCD_PLUGINCONFIGFILEPATH: ${JSON.stringify(config)}, ARGOCD_PLUGINSOCKFILEPATH: ${JSON.stringify(plugins)} } });
      setTimeout(() => { p.kill(); console.log(require('node:fs').readdirSync(${JSON.stringify(plugins)}).join(',')); }, 3000);
    `]).toString().trim();
    expect(server).toBe('tollgate-v1.sock');
  });
  if (!bin) console.log(`argocd-cmp-server contract test${reason}`);
});
