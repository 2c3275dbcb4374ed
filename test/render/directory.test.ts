// Argo CD's directory-source rules, each on a small repo of our own.
import { execFileSync } from 'node:child_process';

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { gitRepoWith } from '../helpers/env.js';

const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

const names = async (path: string, options: Record<string, unknown> = {}) =>
  (await render({ path, ...options })).resources.map((r) => `${r.object.kind}/${r.object.metadata?.name}`);

describe('directory source', () => {
  it('reads *.yaml, *.yml and *.json in lexical order, other files never', async () => {
    const dir = gitRepoWith({
      'b.yml': cm('b'),
      'a.yaml': cm('a'),
      'c.json': JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }),
      'd.txt': cm('d'),
      'README.md': '# docs',
    });
    expect(await names(dir)).toEqual(['ConfigMap/a', 'ConfigMap/b', 'ConfigMap/c']);
  });

  it('reads sub-folders only with recurse', async () => {
    const dir = gitRepoWith({ 'top.yaml': cm('top'), 'sub/inner.yaml': cm('inner'), 'sub/deeper/x.yaml': cm('x') });
    expect(await names(dir)).toEqual(['ConfigMap/top']);
    // filepath.Walk order: names sorted within each folder, folders entered where they sort.
    expect(await names(dir, { recurse: true })).toEqual(['ConfigMap/x', 'ConfigMap/inner', 'ConfigMap/top']);
  });

  it('applies include and exclude globs to the app-relative path (a * crosses folders, braces list alternatives)', async () => {
    const dir = gitRepoWith({ 'a.yaml': cm('a'), 'prod/b.yaml': cm('b'), 'prod/c-test.yaml': cm('c'), 'dev/d.yaml': cm('d') });
    expect(await names(dir, { recurse: true, include: '{a.yaml,prod/*}' })).toEqual(['ConfigMap/a', 'ConfigMap/b', 'ConfigMap/c']);
    expect(await names(dir, { recurse: true, exclude: '*-test.yaml' })).toEqual(['ConfigMap/a', 'ConfigMap/d', 'ConfigMap/b']);
  });

  it('skips files marked +argocd:skip-file-rendering, empty documents and tollgate settings', async () => {
    const dir = gitRepoWith({
      'a.yaml': `---\n# only a comment\n---\n${cm('a')}---\n---\n`,
      'skip.yaml': `# +argocd:skip-file-rendering\n${cm('skipped')}`,
      '.tollgate.yaml': 'policy:\n  failOn: error\n',
    });
    expect(await names(dir)).toEqual(['ConfigMap/a']);
  });

  it('expands items arrays (List and *List) and drops an items: null list', async () => {
    const dir = gitRepoWith({
      'list.yaml': `apiVersion: v1\nkind: ConfigMapList\nitems:\n- ${cm('one').trimEnd().replaceAll('\n', '\n  ')}\n- ${cm('two').trimEnd().replaceAll('\n', '\n  ')}\n`,
      'null.yaml': 'apiVersion: v1\nkind: List\nitems: null\n',
    });
    const result = await render({ path: dir });
    expect(result.resources.map((r) => r.object.metadata?.name)).toEqual(['one', 'two']);
    expect(result.resources[1].source).toEqual({ file: 'list.yaml', line: 8, endLine: 11 });
  });

  it('a JSON file holds one object; a second one is an error', async () => {
    const dir = gitRepoWith({ 'two.json': '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}}\n{"kind":"x"}' });
    await expect(render({ path: dir })).rejects.toMatchObject({ code: 'input', file: 'two.json', message: expect.stringMatching(/^invalid JSON/) });
  });

  it('a missing symlink target is skipped with a warning; one inside the repo is followed', async () => {
    const dir = gitRepoWith({ 'shared/real.yaml': cm('real'), 'app/own.yaml': cm('own') });
    execFileSync('ln', ['-s', '../shared/real.yaml', join(dir, 'app/linked.yaml')]);
    execFileSync('ln', ['-s', '../shared/missing.yaml', join(dir, 'app/dangling.yaml')]);
    const result = await render({ path: join(dir, 'app') });
    expect(result.resources.map((r) => r.object.metadata?.name)).toEqual(['real', 'own']);
    expect(result.warnings).toEqual(['skipping app/dangling.yaml: the target of the symlink is missing']);
  });
});

describe('source type detection (Argo CD discovery)', () => {
  it('Chart.yaml → helm, kustomization → kustomize, both → kustomize, neither → directory', async () => {
    const { detectRenderer } = await import('../../src/render/detect.js');
    expect(detectRenderer(gitRepoWith({ 'Chart.yaml': 'name: x\n' }))).toBe('helm');
    expect(detectRenderer(gitRepoWith({ 'my-Chart.yaml': 'name: x\n' }))).toBe('helm');
    expect(detectRenderer(gitRepoWith({ 'kustomization.yml': 'resources: []\n' }))).toBe('kustomize');
    expect(detectRenderer(gitRepoWith({ Kustomization: 'resources: []\n' }))).toBe('kustomize');
    expect(detectRenderer(gitRepoWith({ 'Chart.yaml': 'name: x\n', 'kustomization.yaml': 'resources: []\n' }))).toBe('kustomize');
    expect(detectRenderer(gitRepoWith({ 'a.yaml': cm('a'), 'sub/Chart.yaml': 'name: x\n' }))).toBe('directory');
  });
});
