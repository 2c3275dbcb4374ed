// The pull request comment (one per comment-tag, updated in place) and the
// optional check run, through GitHub's REST API.
import { getOctokit } from '@actions/github';

type Octokit = ReturnType<typeof getOctokit>;

export const COMMENT_LIMIT = 65_536;
export const CHECK_TEXT_LIMIT = 65_535;
const CHECK_BATCH = 50;

/** A write the token is not allowed to make (fork PRs, Dependabot, missing permissions). */
export class ForbiddenError extends Error {}

function forbidden(error: unknown): never {
  const status = (error as { status?: number }).status;
  if (status === 403 || status === 404) throw new ForbiddenError((error as Error).message);
  throw error;
}

export function client(token: string, apiUrl?: string): Octokit {
  return getOctokit(token, apiUrl ? { baseUrl: apiUrl } : {});
}

export const marker = (tag: string) => `<!-- tollgate:comment ${tag.replace(/--/g, '- -')} -->`;

/** Who comments with this token: the token's user, or the Actions bot (GITHUB_TOKEN cannot read /user). */
async function author(octokit: Octokit): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    return 'github-actions[bot]';
  }
}

export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  id?: number;
}

/**
 * Creates or updates the comment carrying `marker(tag)` by this token's author.
 * `body` is only written when it differs; `create` false updates an existing
 * comment but never starts one (on-change mode with nothing changed).
 */
export async function upsertComment(
  octokit: Octokit,
  target: { owner: string; repo: string; issue: number },
  tag: string,
  body: string,
  create: boolean,
): Promise<CommentResult> {
  const text = `${marker(tag)}\n${body}`;
  const login = await author(octokit);
  let existing: { id: number; body?: string } | undefined;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issue, per_page: 100 });
    existing = comments.find((c) => c.user?.login === login && c.body?.startsWith(marker(tag)));
  } catch (error) {
    forbidden(error);
  }
  try {
    if (existing) {
      if (existing.body === text) return { action: 'unchanged', id: existing.id };
      await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body: text });
      return { action: 'updated', id: existing.id };
    }
    if (!create) return { action: 'skipped' };
    const created = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issue, body: text });
    return { action: 'created', id: created.data.id };
  } catch (error) {
    forbidden(error);
  }
}

export interface CheckRunInput {
  owner: string;
  repo: string;
  headSha: string;
  conclusion: 'success' | 'failure';
  title: string;
  summary: string;
  annotations: Array<Record<string, unknown>>;
}

/** One completed check run; annotations in batches of 50 (the first with the create, the rest as updates). */
export async function publishCheckRun(octokit: Octokit, run: CheckRunInput): Promise<number> {
  const output = (batch: Array<Record<string, unknown>>) => ({ title: run.title, summary: run.summary.slice(0, CHECK_TEXT_LIMIT), annotations: batch as never });
  try {
    const created = await octokit.rest.checks.create({
      owner: run.owner,
      repo: run.repo,
      name: 'tollgate',
      head_sha: run.headSha,
      status: 'completed',
      conclusion: run.conclusion,
      output: output(run.annotations.slice(0, CHECK_BATCH)),
    });
    for (let i = CHECK_BATCH; i < run.annotations.length; i += CHECK_BATCH) {
      await octokit.rest.checks.update({ owner: run.owner, repo: run.repo, check_run_id: created.data.id, output: output(run.annotations.slice(i, i + CHECK_BATCH)) });
    }
    return created.data.id;
  } catch (error) {
    forbidden(error);
  }
}
