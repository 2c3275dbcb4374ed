// The Action's inputs, read in one place into a typed config (SPEC §9).
// `config` and `fail-on` have no default in action.yml: empty means "what
// .tollgate.yaml says, then tollgate's default"; a given input wins.
import { TollgateError } from '../src/errors.js';

export type CommentMode = 'on-change' | 'always' | 'never';

export interface ActionInputs {
  paths: string[];
  config?: string;
  baseRef?: string;
  failOn?: 'error' | 'warning' | 'never';
  comment: CommentMode;
  commentTag: string;
  annotations: boolean;
  checkRun: boolean;
  sarifFile?: string;
  sbomFile?: string;
  reportFile?: string;
  attest: boolean;
  token?: string;
  /** Right-sizing: open or update one pull request with `tollgate recommend --write`'s edits. */
  recommend: boolean;
  prometheusUrl?: string;
  /** A token whose pushes and pull requests trigger workflows (GITHUB_TOKEN's do not). */
  recommendToken?: string;
  recommendBranch: string;
  recommendWindow: string;
}

/** An input as the runner passes it: INPUT_<NAME upper-cased, spaces as _>, trimmed; empty = unset. */
function input(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
  return value ? value : undefined;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback?: T): T | undefined {
  const value = input(env, name);
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw new TollgateError('usage', `input ${name}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
  return value as T;
}

/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput reads them. */
function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = input(env, name);
  if (value === undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new TollgateError('usage', `input ${name}: ${JSON.stringify(value)} is not true or false`);
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const paths = (input(env, 'paths') ?? '.')
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#'));
  return {
    paths,
    config: input(env, 'config'),
    baseRef: input(env, 'base-ref'),
    failOn: oneOf(env, 'fail-on', ['error', 'warning', 'never'] as const),
    comment: oneOf(env, 'comment', ['on-change', 'always', 'never'] as const, 'on-change')!,
    commentTag: input(env, 'comment-tag') ?? 'tollgate',
    annotations: flag(env, 'annotations', true),
    checkRun: flag(env, 'check-run', false),
    sarifFile: input(env, 'sarif-file'),
    sbomFile: input(env, 'sbom-file'),
    reportFile: input(env, 'report-file'),
    attest: flag(env, 'attest', false),
    token: input(env, 'github-token'),
    recommend: flag(env, 'recommend', false),
    prometheusUrl: input(env, 'prometheus-url'),
    recommendToken: input(env, 'recommend-token'),
    recommendBranch: input(env, 'recommend-branch') ?? 'tollgate/right-sizing',
    recommendWindow: input(env, 'recommend-window') ?? '14d',
  };
}
