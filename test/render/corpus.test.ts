// Every corpus app rendered by tollgate equals what the real tool renders,
// decoded by kubectl: same number of resources, each object deep-equal.
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, type RenderOptions } from '../../src/render/index.js';
import { CORPUS, helmTemplate, kubectlDecode, kubectlKustomize, tempDir, vllmChartWithoutDependencies } from '../helpers/env.js';

async function objects(options: Partial<RenderOptions> & { path: string }) {
  const result = await render({ repoRoot: CORPUS, ...options });
  return { result, objects: result.resources.map((r) => r.object) };
}

const byIdentity = (o: Record<string, unknown>) => {
  const m = o.metadata as { namespace?: string; name?: string };
  return `${o.apiVersion}/${o.kind}/${m.namespace ?? ''}/${m.name}`;
};
/** podinfo's test Pods are named with randAlphaNum: every `helm template` run differs there. */
const maskRandomTestNames = (list: Record<string, unknown>[]) =>
  list.map((o) => {
    const m = o.metadata as { name: string; annotations?: Record<string, string> };
    if (!m.annotations?.['helm.sh/hook']?.startsWith('test')) return o;
    return { ...o, metadata: { ...m, name: m.name.replace(/-[a-z0-9]{5}$/, '-xxxxx') } };
  });
const sorted = (list: Record<string, unknown>[]) => [...list].sort((a, b) => byIdentity(a).localeCompare(byIdentity(b)));

describe('directory apps', () => {
  it('microservices-demo: 35 objects, as kubectl decodes the file', async () => {
    const path = join(CORPUS, 'microservices-demo');
    const { result, objects: got } = await objects({ path });
    expect(result.renderer).toBe('directory');
    const expected = kubectlDecode(readFileSync(join(path, 'kubernetes-manifests.yaml'), 'utf8'));
    expect(got).toHaveLength(35);
    expect(got).toEqual(expected);
  });

  it('argo-rollouts manifests: 11 objects from 7 files', async () => {
    const path = join(CORPUS, 'argo-rollouts/manifests');
    const { objects: got } = await objects({ path });
    const files = readdirSync(path).filter((f) => f.endsWith('.yaml')).sort();
    const expected = files.flatMap((f) => kubectlDecode(readFileSync(join(path, f), 'utf8')));
    expect(got).toHaveLength(11);
    expect(got).toEqual(expected);
  });

  it('kube-prometheus as plain files (recursive): the 131 objects once *List wrappers are expanded, plus the Kustomization file', async () => {
    const path = join(CORPUS, 'kube-prometheus');
    const { objects: got } = await objects({ path, renderer: 'directory', recurse: true });
    // Forced to a directory source, Argo CD applies kustomization.yaml too: it decodes as `kind: Kustomization`.
    expect(got).toHaveLength(132);
    expect(got.filter((o) => o.kind === 'Kustomization')).toHaveLength(1);
    expect(sorted(got.filter((o) => o.kind !== 'Kustomization'))).toEqual(sorted(kubectlDecode(kubectlKustomize(path))));
  });
});

describe('kustomize apps', () => {
  const cases: Array<[string, number]> = [
    ['argocd-guestbook/guestbook', 2],
    ['podinfo/kustomize', 3],
    ['kube-prometheus', 131],
    ['kustomize-overlays/springboot/base', 3],
    ['kustomize-overlays/springboot/overlays/staging', 3],
    ['kustomize-overlays/springboot/overlays/production', 3],
    ['kustomize-overlays/ldap/base', 3],
    ['kustomize-overlays/ldap/overlays/staging', 4],
    ['kustomize-overlays/ldap/overlays/production', 3],
  ];
  for (const [app, count] of cases) {
    it(`${app}: ${count} objects, equal to kubectl kustomize`, async () => {
      const path = join(CORPUS, app);
      const { result, objects: got } = await objects({ path });
      expect(result.renderer).toBe('kustomize');
      expect(got).toHaveLength(count);
      expect(got).toEqual(kubectlDecode(kubectlKustomize(path)));
    });
  }
});

describe('helm charts', () => {
  it('argocd-guestbook/helm-guestbook: 2 objects, equal to helm template', async () => {
    const path = join(CORPUS, 'argocd-guestbook/helm-guestbook');
    const { result, objects: got } = await objects({ path, release: 'gb' });
    expect(result.renderer).toBe('helm');
    expect(result.chart?.name).toBe('helm-guestbook');
    expect(got).toHaveLength(2);
    expect(got).toEqual(kubectlDecode(helmTemplate(['gb', path, '--include-crds'])));
  });

  it('argo-rollouts/helm-blue-green: 3 objects', async () => {
    const path = join(CORPUS, 'argo-rollouts/helm-blue-green');
    const { objects: got } = await objects({ path, release: 'bg' });
    expect(got).toHaveLength(3);
    expect(got).toEqual(kubectlDecode(helmTemplate(['bg', path, '--include-crds'])));
  });

  it('podinfo: default values keep the 3 test Pods (5 objects)', async () => {
    const path = join(CORPUS, 'podinfo/charts/podinfo');
    const { objects: got } = await objects({ path, release: 'podinfo' });
    expect(got).toHaveLength(5);
    expect(maskRandomTestNames(got)).toEqual(maskRandomTestNames(kubectlDecode(helmTemplate(['podinfo', path, '--include-crds']))));
  });

  it('podinfo with values-prod.yaml, namespace and kube version', async () => {
    const path = join(CORPUS, 'podinfo/charts/podinfo');
    const values = join(path, 'values-prod.yaml');
    const { objects: got } = await objects({ path, release: 'podinfo', namespace: 'web', valuesFiles: [values], kubeVersion: '1.31.0', apiVersions: ['monitoring.coreos.com/v1'] });
    const expected = kubectlDecode(
      helmTemplate(['podinfo', path, '--namespace', 'web', '--values', values, '--kube-version', '1.31.0', '--api-versions', 'monitoring.coreos.com/v1', '--include-crds']),
    );
    expect(got).toHaveLength(9);
    expect(maskRandomTestNames(got)).toEqual(maskRandomTestNames(expected));
  });

  describe('vLLM production stack (dependencies removed, as the corpus README says)', () => {
    const variants: Array<[string, number]> = [
      ['', 9],
      ['gpu-inference/values/values-01-minimal-example.yaml', 9],
      ['gpu-inference/values/values-04-multiple-models.yaml', 13],
      ['gpu-inference/values/values-25-v100-multi-gpu-tp4.yaml', 10],
      ['gpu-inference/vllm-stack/values-example.yaml', 10],
    ];
    for (const [valuesFile, count] of variants) {
      it(`${valuesFile || 'default values'}: ${count} objects (CRD included)`, async () => {
        const dir = tempDir();
        const chart = vllmChartWithoutDependencies(dir);
        const values = valuesFile ? [join(CORPUS, valuesFile)] : [];
        // values files live in the corpus, outside this temp repo: copy them in
        const localValues = values.map((v, i) => {
          const copy = join(dir, `values-${i}.yaml`);
          cpSync(v, copy);
          return copy;
        });
        const rendered = await objects({ path: chart, repoRoot: dir, release: 'vllm', valuesFiles: localValues });
        const expected = kubectlDecode(helmTemplate(['vllm', chart, '--include-crds', ...localValues.flatMap((v) => ['--values', v])]));
        expect(rendered.objects).toHaveLength(count);
        expect(rendered.objects).toEqual(expected);
      });
    }
  });
});
