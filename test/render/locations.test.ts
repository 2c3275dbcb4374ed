// Source locations: the file and line of every resource and of fields inside
// it, checked against lines read off the corpus files by hand.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateField, type Resource } from '../../src/manifest/resource.js';
import { render } from '../../src/render/index.js';
import { CORPUS } from '../helpers/env.js';

function find(resources: Resource[], kind: string, name: string): Resource {
  const found = resources.find((r) => r.object.kind === kind && r.object.metadata?.name === name);
  if (!found) throw new Error(`no ${kind}/${name}`);
  return found;
}

describe('plain files: microservices-demo', async () => {
  const { resources } = await render({ path: join(CORPUS, 'microservices-demo'), repoRoot: CORPUS });
  const file = 'microservices-demo/kubernetes-manifests.yaml';

  it('gives each resource its document lines (comments and markers excluded)', () => {
    expect(find(resources, 'Deployment', 'frontend').source).toEqual({ file, line: 21, endLine: 112 });
    expect(find(resources, 'Service', 'frontend').source).toEqual({ file, line: 114, endLine: 127 });
    expect(find(resources, 'ServiceAccount', 'frontend').source).toEqual({ file, line: 144, endLine: 147 });
    expect(find(resources, 'Deployment', 'adservice').source).toEqual({ file, line: 149, endLine: 202 });
  });

  it('maps JSON pointers to the exact line of the field', () => {
    const frontend = find(resources, 'Deployment', 'frontend');
    expect(locateField(frontend, '/spec/template/spec/containers/0/image')).toEqual({ file, line: 53 });
    expect(locateField(frontend, '/spec/template/spec/containers/0/resources/limits/memory')).toEqual({ file, line: 112 });
    expect(locateField(frontend, '/metadata/name')).toEqual({ file, line: 24 });
    expect(locateField(find(resources, 'Deployment', 'adservice'), '/spec/template/spec/containers/0/image')).toEqual({ file, line: 180 });
  });

  it('falls back to the nearest written ancestor for a field that is not there', () => {
    const frontend = find(resources, 'Deployment', 'frontend');
    expect(locateField(frontend, '/spec/replicas')).toEqual({ file, line: 27 }); // `spec:` — replicas is not set
  });
});

describe('Kustomize: ldap production overlay', async () => {
  const { resources } = await render({ path: join(CORPUS, 'kustomize-overlays/ldap/overlays/production'), repoRoot: CORPUS });
  const base = 'kustomize-overlays/ldap/base/deployment.yaml';
  const patch = 'kustomize-overlays/ldap/overlays/production/deployment.yaml';
  const ldap = () => find(resources, 'Deployment', 'production-ldap');

  it('points the resource at the base file it came from, and removes the origin annotation', () => {
    expect(ldap().source).toEqual({ file: base, line: 1, endLine: 46 });
    expect(ldap().object.metadata?.annotations).toBeUndefined();
    expect(find(resources, 'Service', 'production-ldap-service').source).toEqual({ file: 'kustomize-overlays/ldap/base/service.yaml', line: 1, endLine: 11 });
  });

  it('points fields the overlay patch sets at the patch file', () => {
    expect(locateField(ldap(), '/spec/replicas')).toEqual({ file: patch, line: 6 });
    expect(locateField(ldap(), '/spec/template/spec/volumes/0/gcePersistentDisk')).toEqual({ file: patch, line: 12 });
    expect(locateField(ldap(), '/spec/template/spec/volumes/0/gcePersistentDisk/pdName')).toEqual({ file: patch, line: 13 });
  });

  it('points fields the patch leaves alone at the base', () => {
    expect(locateField(ldap(), '/spec/template/spec/containers/0/image')).toEqual({ file: base, line: 19 });
    expect(locateField(ldap(), '/spec/template/spec/volumes/1/emptyDir')).toEqual({ file: base, line: 39 });
    expect(locateField(ldap(), '/spec/template/spec/volumes/0/name')).toEqual({ file: patch, line: 10 });
  });

  it('points a generated ConfigMap at its generator', () => {
    const configMap = resources.find((r) => r.object.kind === 'ConfigMap')!;
    expect(configMap.object.metadata?.name).toMatch(/^production-ldap-configmap-/);
    expect(configMap.source).toEqual({ file: 'kustomize-overlays/ldap/base/kustomization.yaml', line: 5, endLine: 5 });
  });
});

describe('Kustomize: springboot production overlay (three patches)', async () => {
  const { resources } = await render({ path: join(CORPUS, 'kustomize-overlays/springboot/overlays/production'), repoRoot: CORPUS });
  const dir = 'kustomize-overlays/springboot/overlays/production';
  const app = () => find(resources, 'Deployment', 'production-sbdemo');

  it('a field two patches set maps to the one applied last', () => {
    // patch order: patch.yaml, healthcheck_patch.yaml, memorylimit_patch.yaml; both of the last two set replicas.
    expect(locateField(app(), '/spec/replicas')).toEqual({ file: `${dir}/memorylimit_patch.yaml`, line: 6 });
  });

  it('fields of one container map to the patch that sets them', () => {
    expect(locateField(app(), '/spec/template/spec/containers/0/resources/limits/memory')).toEqual({ file: `${dir}/memorylimit_patch.yaml`, line: 13 });
    expect(locateField(app(), '/spec/template/spec/containers/0/livenessProbe/httpGet/path')).toEqual({ file: `${dir}/healthcheck_patch.yaml`, line: 13 });
    expect(locateField(app(), '/spec/template/spec/containers/0/image')).toEqual({ file: 'kustomize-overlays/springboot/base/deployment.yaml', line: expect.any(Number) });
  });
});

describe('Helm: the template file', async () => {
  const { resources } = await render({ path: join(CORPUS, 'argocd-guestbook/helm-guestbook'), repoRoot: CORPUS, release: 'gb' });
  const file = 'argocd-guestbook/helm-guestbook/templates/guestbook-ui-deployment.yaml';

  it('points each resource at its template and fields at the template line', () => {
    const deployment = find(resources, 'Deployment', 'guestbook-ui');
    expect(deployment.source).toMatchObject({ file, line: 2 });
    expect(locateField(deployment, '/spec/template/spec/containers/0/image')).toEqual({ file, line: 19 });
    expect(locateField(deployment, '/spec/replicas')).toEqual({ file, line: 8 });
  });
});
