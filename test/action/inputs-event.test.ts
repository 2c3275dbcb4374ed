// The Action's inputs, its base per event, and its app paths.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths } from '../../action/apps.js';
import { readEvent } from '../../action/event.js';
import { readInputs } from '../../action/inputs.js';
import { REPO, tempDir } from '../helpers/env.js';

function eventEnv(name: string, payload: unknown, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const file = join(tempDir(), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'acme/platform', GITHUB_SHA: 'f'.repeat(40), ...extra };
}

describe('readInputs', () => {
  it('defaults as action.yml has them; config and fail-on unset unless given', () => {
    expect(readInputs({})).toEqual({
      paths: ['.'],
      comment: 'on-change',
      commentTag: 'tollgate',
      annotations: true,
      checkRun: false,
      attest: false,
      recommend: false,
      recommendBranch: 'tollgate/right-sizing',
      recommendWindow: '14d',
    });
    // The same defaults action.yml declares (config and fail-on declare none).
    const declared = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')).inputs as Record<string, { default?: string }>;
    expect(declared.config.default).toBeUndefined();
    expect(declared['fail-on'].default).toBeUndefined();
    expect(Object.fromEntries(Object.entries(declared).filter(([name, i]) => i.default !== undefined && name !== 'github-token').map(([name, i]) => [name, i.default]))).toEqual({
      paths: '.',
      comment: 'on-change',
      'comment-tag': 'tollgate',
      annotations: 'true',
      'check-run': 'false',
      attest: 'false',
      recommend: 'false',
      'recommend-branch': 'tollgate/right-sizing',
      'recommend-window': '14d',
    });
  });

  it('reads every input, as the runner names them (INPUT_ + upper case, dashes kept)', () => {
    const inputs = readInputs({
      INPUT_PATHS: 'apps/*\n\n  # a comment\nplatform/base  ',
      INPUT_CONFIG: 'policy/.tollgate.yaml',
      'INPUT_BASE-REF': 'origin/main',
      'INPUT_FAIL-ON': 'warning',
      INPUT_COMMENT: 'always',
      'INPUT_COMMENT-TAG': 'staging',
      INPUT_ANNOTATIONS: 'false',
      'INPUT_CHECK-RUN': 'True',
      'INPUT_SARIF-FILE': 'out.sarif',
      'INPUT_GITHUB-TOKEN': 'ghs_x',
    });
    expect(inputs).toMatchObject({ paths: ['apps/*', 'platform/base'], config: 'policy/.tollgate.yaml', baseRef: 'origin/main', failOn: 'warning', comment: 'always', commentTag: 'staging', annotations: false, checkRun: true, sarifFile: 'out.sarif', token: 'ghs_x' });
  });

  it('refuses values it cannot read, naming the input', () => {
    expect(() => readInputs({ INPUT_COMMENT: 'sometimes' })).toThrow('input comment: "sometimes" is not one of on-change, always, never');
    expect(() => readInputs({ INPUT_ANNOTATIONS: 'yes' })).toThrow('input annotations: "yes" is not true or false');
  });
});

describe('the base per event', () => {
  const base = 'b'.repeat(40);
  const head = 'c'.repeat(40);

  it('pull_request: the merge base of the base SHA and the PR head; check runs on the PR head', () => {
    const event = readEvent(eventEnv('pull_request', { number: 3, pull_request: { base: { sha: base, repo: { full_name: 'acme/platform' } }, head: { sha: head, repo: { full_name: 'acme/platform' } } } }));
    expect(event).toEqual({ name: 'pull_request', repository: { owner: 'acme', repo: 'platform' }, base: { sha: base, mergeBaseWith: head }, headSha: head, pullRequest: 3 });
  });

  it('a fork PR or a Dependabot run is read-only', () => {
    expect(readEvent(eventEnv('pull_request', { number: 3, pull_request: { base: { sha: base, repo: { full_name: 'acme/platform' } }, head: { sha: head, repo: { full_name: 'eve/platform' } } } })).readOnly).toBe(
      'this pull request comes from a fork, whose token is read-only',
    );
    expect(readEvent(eventEnv('pull_request', { number: 3, pull_request: { base: { sha: base, repo: { full_name: 'acme/platform' } }, head: { sha: head, repo: { full_name: 'acme/platform' } } } }, { GITHUB_ACTOR: 'dependabot[bot]' })).readOnly).toBe(
      'Dependabot runs get a read-only token',
    );
  });

  it('merge_group: its base_sha; push: before, none on a new branch; workflow_dispatch: none', () => {
    expect(readEvent(eventEnv('merge_group', { merge_group: { base_sha: base, head_sha: head } })).base).toEqual({ sha: base });
    expect(readEvent(eventEnv('push', { before: base })).base).toEqual({ sha: base });
    expect(readEvent(eventEnv('push', { before: '0'.repeat(40) })).base).toBeUndefined();
    expect(readEvent(eventEnv('workflow_dispatch', {})).base).toBeUndefined();
  });
});

describe('expandPaths', () => {
  it('globs match directories, in order, each once; plain paths must exist; nothing leaves the workspace', () => {
    const root = tempDir();
    for (const dir of ['apps/shop', 'apps/web/overlays/prod', 'apps/.hidden', 'platform/base', 'node_modules/x']) mkdirSync(join(root, dir), { recursive: true });
    expect(expandPaths(root, ['apps/*', 'platform/base', 'apps/shop'])).toEqual(['apps/shop', 'apps/web', 'platform/base']);
    expect(expandPaths(root, ['apps/**/prod', './platform/base/'])).toEqual(['apps/web/overlays/prod', 'platform/base']);
    expect(() => expandPaths(root, ['apps/missing'])).toThrow('input paths: apps/missing is not a directory of the checkout');
    expect(() => expandPaths(root, ['services/*'])).toThrow('input paths: services/* matches no directory');
    expect(() => expandPaths(root, ['../other'])).toThrow('input paths: ../other leaves the workspace');
  });
});
