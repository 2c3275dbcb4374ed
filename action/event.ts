// What the triggering event says: the base to compare against (SPEC §9), the
// commit a check run belongs to, the PR to comment on, and whether the token
// can write at all (fork PRs and Dependabot get a read-only one).
import { readFileSync } from 'node:fs';
import { TollgateError } from '../src/errors.js';

export interface ActionEvent {
  name: string;
  repository: { owner: string; repo: string };
  /** The base commit, and how to find it: `merge-base` with `head` for pull requests. */
  base?: { sha: string; mergeBaseWith?: string };
  /** The commit check runs attach to: the PR's head, else GITHUB_SHA. */
  headSha: string;
  pullRequest?: number;
  /** Why the token cannot write, when it cannot. */
  readOnly?: string;
  /** Whether the repository is public (its attestations may go to the public transparency log). */
  publicRepository?: boolean;
  /** The repository's default branch, for the right-sizing pull request. */
  defaultBranch?: string;
}

const ZERO_SHA = /^0+$/;

export function readEvent(env: NodeJS.ProcessEnv): ActionEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  let payload: Record<string, any> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    } catch (error) {
      throw new TollgateError('input', `cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`);
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '/').split('/');
  const event: ActionEvent = { name, repository: { owner, repo }, headSha: env.GITHUB_SHA ?? '' };
  if (typeof payload.repository?.private === 'boolean') event.publicRepository = !payload.repository.private;
  if (typeof payload.repository?.default_branch === 'string') event.defaultBranch = payload.repository.default_branch;
  switch (name) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = payload.pull_request ?? {};
      event.pullRequest = payload.number ?? pr.number;
      event.headSha = pr.head?.sha ?? event.headSha;
      if (pr.base?.sha) event.base = { sha: pr.base.sha, mergeBaseWith: pr.head?.sha };
      const fromFork = pr.head?.repo?.full_name !== undefined ? pr.head.repo.full_name !== pr.base?.repo?.full_name : pr.head?.repo === null;
      if (fromFork) event.readOnly = 'this pull request comes from a fork, whose token is read-only';
      break;
    }
    case 'merge_group':
      if (payload.merge_group?.base_sha) event.base = { sha: payload.merge_group.base_sha };
      event.headSha = payload.merge_group?.head_sha ?? event.headSha;
      break;
    case 'push':
      if (payload.before && !ZERO_SHA.test(payload.before)) event.base = { sha: payload.before };
      break;
    default:
      break;
  }
  if (!event.readOnly && (env.GITHUB_ACTOR === 'dependabot[bot]' || payload.sender?.login === 'dependabot[bot]')) {
    event.readOnly = "Dependabot runs get a read-only token";
  }
  return event;
}
