import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJsonLines, toYaml, toYamlStream } from '../../src/manifest/emit.js';
import { decodeDocument } from '../../src/manifest/k8s-yaml.js';
import { parseManifestStream } from '../../src/manifest/parse.js';
import { render } from '../../src/render/index.js';
import { CORPUS, REPO, kubectlDecode } from '../helpers/env.js';

const awkwardStrings = [
  'yes', 'no', 'on', 'off', 'y', 'n', 'true', 'False', 'null', '~', '', ' ', '0755', '0x1F', '1_000', '1e3', '.5', '1.', '+1', '-1',
  '08', '1:30', '2020-01-01', '=', '-', '--port=8080', '-Xmx1g', '- item', '? x', ': x', 'a: b', 'a #b', 'a#b', '#x', '&anchor', '*alias',
  '!tag', '|', '>', "'q'", '"q"', '%x', '@x', '`x`', '{a}', '[a]', 'a,b', 'trailing ', ' leading', 'tab\there', 'ends:', 'x: ',
  'line\nbreak', 'two\n\ntrailing\n\n', 'ends with newline\n', '  indented first\nsecond', '\nleading newline', 'crlf\r\nline', 'nel\u0085x',
  'ls\u2028x', 'bom\ufeffx', 'control\u0001x', 'émoji 🚀', 'back\\slash', '<<', '.inf', '.nan', 'NaN', 'Infinity', '0b101', '0o17',
  'whitespace only line\n   \nnext', 'tab\tindented\n\tline',
];

describe('toYaml: writes what Kubernetes reads back identically', () => {
  it('round-trips awkward strings as values and as keys', () => {
    const value = {
      values: Object.fromEntries(awkwardStrings.map((s, i) => [`k${i}`, s])),
      keys: Object.fromEntries(awkwardStrings.map((s, i) => [s, i])),
      list: awkwardStrings,
    };
    expect(decodeDocument(toYaml(value))).toEqual(value);
  });

  it('kubectl reads the output back as the same object', () => {
    const value = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'awkward' },
      data: Object.fromEntries(awkwardStrings.filter((s) => !/[\u0001\u0085\u2028\ufeff]/.test(s)).map((s, i) => [`k${i}`, s])),
    };
    expect(kubectlDecode(toYaml(value))).toEqual([value]);
  });

  it('escapes YAML 1.1 line breaks in every string, not only the first (no stateful regex)', () => {
    const value = { a: 'one\u2028two', b: 'three\u2028four', c: ['x\u0085y', 'p\u2029q'] };
    const text = toYaml(value);
    expect(text).not.toMatch(/[\u0085\u2028\u2029]/);
    expect(decodeDocument(text)).toEqual(value);
  });

  it('round-trips numbers, booleans, nulls, empty and nested collections', () => {
    const value = { a: 0, b: -1.5, c: 1e21, d: 1e-7, e: true, f: null, g: [], h: {}, i: [[1, [2, {}]], [], [{ x: [] }]], j: { k: { l: [{ m: 1, n: [3] }] } } };
    expect(decodeDocument(toYaml(value))).toEqual(value);
  });

  it('prints in the style kubectl and kustomize print (golden)', () => {
    const value = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', labels: { app: 'web', 'tollgate.dev/tier': 'critical' } },
      spec: {
        replicas: 2,
        template: {
          spec: {
            containers: [{ name: 'web', image: 'nginx:1.27', args: ['--port=8080', 'yes'], env: [{ name: 'SCRIPT', value: 'echo one\necho two\n' }] }],
            volumes: [],
          },
        },
      },
    };
    expect(toYaml(value)).toBe(readFileSync(join(REPO, 'test/fixtures/golden/emit-deployment.yaml'), 'utf8'));
  });

  it('separates documents with --- and writes one JSON object per line for -o json', () => {
    expect(toYamlStream([{ a: 1 }, { b: 2 }])).toBe('a: 1\n---\nb: 2\n');
    expect(toJsonLines([{ a: 1 }, { b: 'x' }])).toBe('{"a":1}\n{"b":"x"}\n');
  });

  it('round-trips every corpus render exactly', async () => {
    const apps = ['microservices-demo', 'kube-prometheus', 'argo-rollouts/manifests', 'kustomize-overlays/springboot/overlays/production'];
    for (const app of apps) {
      const { resources } = await render({ path: join(CORPUS, app), repoRoot: CORPUS });
      const objects = resources.map((r) => r.object);
      const back = parseManifestStream(toYamlStream(objects), 'out.yaml').map((r) => r.object);
      expect(back, app).toEqual(objects);
    }
  });
});
