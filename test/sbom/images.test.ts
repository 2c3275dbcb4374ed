import { describe, expect, it } from 'vitest';
import { ImageReferenceError, parseByGrammar, parseImageReference } from '../../src/sbom/images.js';

describe('parseImageReference', () => {
  it.each([
    ['nginx', { registry: 'docker.io', repository: 'library/nginx', namespace: 'library', tag: undefined, digest: undefined }],
    ['nginx:1.27', { registry: 'docker.io', repository: 'library/nginx', tag: '1.27' }],
    ['bitnami/redis:7.2', { registry: 'docker.io', repository: 'bitnami/redis', tag: '7.2' }],
    ['docker.io/library/postgres:16.4', { registry: 'docker.io', repository: 'library/postgres', tag: '16.4' }],
    ['index.docker.io/library/busybox', { registry: 'docker.io', repository: 'library/busybox' }],
    ['localhost/app', { registry: 'localhost', repository: 'app' }],
    ['localhost:5000/team/app:v2', { registry: 'localhost:5000', port: 5000, repository: 'team/app', namespace: 'team', tag: 'v2' }],
    ['registry.example.com:8443/a/b/c:1.0-rc.1', { registry: 'registry.example.com:8443', port: 8443, repository: 'a/b/c', namespace: 'a/b', tag: '1.0-rc.1' }],
    ['ghcr.io/acme/app@sha256:' + 'a'.repeat(64), { registry: 'ghcr.io', repository: 'acme/app', tag: undefined, digest: 'sha256:' + 'a'.repeat(64) }],
    ['ghcr.io/acme/app:1.0@sha256:' + 'b'.repeat(64), { registry: 'ghcr.io', repository: 'acme/app', tag: '1.0', digest: 'sha256:' + 'b'.repeat(64) }],
    ['us-central1-docker.pkg.dev/p/r/img:v0.10.6', { registry: 'us-central1-docker.pkg.dev', repository: 'p/r/img', tag: 'v0.10.6' }],
  ])('%s', (reference, expected) => {
    expect(parseImageReference(reference)).toMatchObject(expected);
  });

  it('names the fully qualified repository', () => {
    expect(parseImageReference('nginx:1').name).toBe('docker.io/library/nginx');
  });

  it.each(['', 'team/App', 'a:b:c', 'app@sha256:short', 'app:', ' nginx', 'registry.io/'])('refuses %j', (reference) => {
    expect(() => parseImageReference(reference)).toThrow(ImageReferenceError);
  });
});

describe('the fast scan for the common shape', () => {
  // Every reference, parsed through the cache and fast scan, must equal what the general grammar makes of it.
  const parts = {
    host: ['registry.example.com', 'a.io', 'my-reg.local:5000', 'x.y.z:1', 'reg.io:', '.io', 'io.', 'reg.i0', 'Reg.io', 'reg_x.io', 'localhost', 'index.docker.io', 'registry-1.docker.io'],
    path: ['app', 'team/app', 'a/b/c', 'a.b_c-d/e', 'a__b', 'a--b', 'a..b', '-a', 'a-', 'a//b', 'App', 'a/', 'a_b/c.d'],
    tail: [':1.0', ':v0.10.6-rc.1', ':_x', ':.x', ':-x', ':', ':' + 'x'.repeat(128), ':' + 'x'.repeat(129), ':UPPER', '', '@sha256:' + 'c'.repeat(64), ':a:b'],
  };
  const references = parts.host.flatMap((h) => parts.path.flatMap((p) => parts.tail.map((t) => `${h}/${p}${t}`)));

  it(`agrees with the grammar on ${references.length} references`, () => {
    const outcome = (parse: () => unknown) => {
      try {
        return parse();
      } catch (error) {
        return { error: (error as Error).message };
      }
    };
    for (const reference of references) {
      expect(outcome(() => parseImageReference(reference)), reference).toEqual(outcome(() => parseByGrammar(reference)));
    }
  });
});
