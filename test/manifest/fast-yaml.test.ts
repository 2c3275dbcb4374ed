// The fast decoder must agree with the complete one on every document it
// accepts; what it does not accept falls back, so only agreement matters.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNSUPPORTED, fastDecode } from '../../src/manifest/fast-yaml.js';
import { decodeDocumentFully } from '../../src/manifest/k8s-yaml.js';
import { splitYamlStream } from '../../src/manifest/stream.js';
import { CORPUS, REPO, helmTemplate, kubectlKustomize } from '../helpers/env.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'templates' ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

function compare(text: string, where: string): 'fast' | 'fallback' {
  const fast = fastDecode(text);
  if (fast === UNSUPPORTED) return 'fallback';
  let full: unknown;
  try {
    full = decodeDocumentFully(text);
  } catch (error) {
    throw new Error(`${where}: the fast decoder accepted a document the full decoder rejects (${(error as Error).message})`);
  }
  expect(fast, where).toEqual(full);
  return 'fast';
}

const EDGE_CASES: string[] = [
  'a: |\n  one\n  two\n',
  'a: |-\n  one\n  two\n\n\nb: 1\n',
  'a: |+\n  one\n\n\nb: 1\n',
  'a: |+\n  one\n\n',
  'a: |\n\n  after blank\n',
  'a: |\n  # not a comment\n  text\n# a comment\nb: 2\n',
  'a: |2\n    two extra\n  base\n',
  'a: |-\n\n',
  'a: |\nb: 1\n',
  'a: >\n  folded\n  line\n\n  para\n    more indented\n  back\n',
  'a: >-\n  x\n\n\n  y\n',
  'a: >+\n  x\n\n',
  'list:\n- a\n- b\nnext: 1\n',
  'list:\n  - a\n  -   b   # comment\n  -\n  - - nested\n    - again\n  - k: v\n    k2: [1, 2, {x: y}]\n',
  'm: {}\nl: []\nf: {a: 1, "b": \'c\', d: [x, "y z"], e: }\n',
  '"quoted key": 1\n\'single key\': 2\nplain key with spaces: 3\nurl: http://x:80/a\n',
  'a: "esc \\t \\n \\u00e9 \\x41 \\\\ \\" \\/"\nb: \'it\'\'s\'\n',
  'a: 1 # comment\nb: "x" # c\nc: x#y\nd: x #y\n',
  '---\na: 1\n',
  '--- # comment\na: 1\n',
  '# only comments\n\n',
  'a:\n  b:\n    c: d\n  e: f\ng: h\n',
  'a: b: c\n',
  'a: [1, 2\n',
  'a: "unterminated\n',
  'a: 1\n b: 2\n',
  'a:\n  - x\n   - y\n',
  'a: plain\n  continued\n',
  '- a\n- b\n',
  'just a scalar\n',
  'a: *alias\n',
  'a: &anchor 1\n',
  'a: !tag x\n',
  '<<: {a: 1}\n',
  '? complex\n: value\n',
  'a:\tb\n',
  'a: b\t\n',
  'a: -1\nb: - x\n',
  'key:value\n',
  'a: 0x1F\nb: 0755\nc: on\nd: ~\ne:\nf: .nan\n',
  'on: 1\n1: 2\n0x10: 3\n~: 4\n',
  'a: "x"y\n',
  'a: [a, b]c\n',
  'a: {b: c}}\n',
  'a: [a: b]\n',
  'a: {b}\n',
  'a: |\n  x\n   y\n  z\n',
  'a:\n- b\n  - c\n',
  '- a: 1\n  b: 2\n- c: 3\n',
  '- - - deep\n',
  'a: @x\n',
  'a: `x`\n',
  'a: %x\n',
  'a: \'\'\nb: ""\n',
  '...\n',
  'a: 1\n...\n',
  '%YAML 1.1\n---\na: 1\n',
  'a: plain\n  continued\n\n  after blank\nb: 1\n',
  'a: plain\n  continued # comment\n',
  '- plain\n  continued\n- next\n',
  "a: 'single\n  quoted   \n\n  folded'\n",
  'a: "double\n  quoted \\\n  escaped break \\t\n  end"\n',
  'a: "x\ny"\n',
  "a: 'it''s\n  multi'\nb: 2\n",
  'a: "unterminated\n  still\n',
]; 

describe('fastDecode agrees with the complete decoder', () => {
  it('on hand-made edge cases (block scalars, flow, quoting, comments, malformed input)', () => {
    const outcomes = EDGE_CASES.map((text) => compare(text, JSON.stringify(text)));
    // It must take the common shapes itself; the exotic ones fall back.
    expect(outcomes.filter((o) => o === 'fast').length).toBeGreaterThan(25);
  });

  it('on the tricky-scalars fixture', () => {
    compare(readFileSync(join(REPO, 'test/fixtures/yaml/tricky-scalars.yaml'), 'utf8'), 'tricky-scalars.yaml');
  });

  it('on every document of every corpus file and rendered corpus app, taking almost all of them', () => {
    const streams: Array<[string, string]> = yamlFiles(CORPUS).map((f) => [f, readFileSync(f, 'utf8')]);
    streams.push(['kube-prometheus (kustomize)', kubectlKustomize(join(CORPUS, 'kube-prometheus'))]);
    streams.push(['podinfo (helm)', helmTemplate(['podinfo', join(CORPUS, 'podinfo/charts/podinfo')])]);
    let fast = 0;
    let total = 0;
    for (const [name, text] of streams) {
      for (const doc of splitYamlStream(text)) {
        total++;
        if (compare(doc.text, `${name}:${doc.startLine}`) === 'fast') fast++;
      }
    }
    expect(total).toBeGreaterThan(300);
    expect(fast / total).toBeGreaterThan(0.9);
  });
});

describe('fastDecode on generated documents', () => {
  it('agrees with the complete decoder on 400 seeded random documents in varied styles', async () => {
    const { dump } = await import('js-yaml');
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T,>(list: T[]): T => list[Math.floor(random() * list.length)];
    const words = ['on', 'yes', 'x', '0755', '1e3', 'a b', 'a: b', 'c #d', '-x', "it's", 'say "hi"', '', ' lead', 'trail ', 'multi\nline', 'tab\there', 'ünï', '~', 'null', '1_000', '#hash', 'key:', '- item', '{x}', '[y]', 'long '.repeat(30)];
    const scalar = (): unknown => pick([() => pick(words), () => Math.floor(random() * 1e6) - 5e5, () => random() * 100, () => random() < 0.5, () => null])();
    const value = (depth: number): unknown => {
      const r = random();
      if (depth > 3 || r < 0.45) return scalar();
      if (r < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [String(pick(words)) + Math.floor(random() * 3), value(depth + 1)]));
    };
    let fast = 0;
    for (let i = 0; i < 400; i++) {
      const doc = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `doc-${i}` }, data: value(0) };
      const text = dump(doc, {
        lineWidth: pick([20, 40, 80, -1]),
        flowLevel: pick([-1, -1, 2, 3]),
        quoteStyle: pick(['single', 'double'] as const),
        forceQuotes: random() < 0.2,
        indent: pick([2, 4]),
        seqNoIndent: random() < 0.5,
      });
      if (compare(text, `generated #${i}:\n${text}`) === 'fast') fast++;
    }
    expect(fast).toBeGreaterThan(200);
  });
});

describe('fastDecode on data written by other YAML writers', () => {
  it('agrees with the complete decoder on every installed package.json, dumped by js-yaml and yaml in five styles', async () => {
    const { dump } = await import('js-yaml');
    const { Document } = await import('yaml');
    const { execFileSync } = await import('node:child_process');
    const files = execFileSync('find', [join(REPO, 'node_modules'), '-name', 'package.json', '-not', '-path', '*/test/*']).toString().trim().split('\n');
    const styles = [{ lineWidth: 20 }, { lineWidth: 40, flowLevel: 2 }, { lineWidth: -1, quotingType: '"' as const }, { lineWidth: 30, forceQuotes: true }];
    let fast = 0;
    let total = 0;
    for (const file of files) {
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        continue; // some packages ship JSON with comments or fixtures: not data to test with
      }
      for (const text of [...styles.map((s) => dump(data, s)), new Document(data).toString({ lineWidth: 30 })]) {
        total++;
        if (compare(text, file) === 'fast') fast++;
      }
    }
    expect(total).toBeGreaterThan(300);
    expect(fast / total).toBeGreaterThan(0.9);
  });
});
