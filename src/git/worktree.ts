// The base of a comparison checked out from git into a temporary worktree,
// so the user's working tree is never touched.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TollgateError } from '../errors.js';
import { runTool } from '../render/exec.js';
import { findOnPath } from '../render/tools.js';

const GIT_TIMEOUT_MS = 120_000;

export async function git(repoRoot: string, args: string[], signal?: AbortSignal, env?: NodeJS.ProcessEnv) {
  const binary = findOnPath('git');
  if (!binary) throw new TollgateError('tool-missing', 'git was not found on PATH; it is needed for --base-ref', { hint: 'install git, or compare with --base PATH' });
  return runTool(binary, ['-C', repoRoot, ...args], { timeoutMs: GIT_TIMEOUT_MS, signal, env, display: `git ${args[0]}` });
}

export async function withGitWorktree<T>(repoRoot: string, ref: string, signal: AbortSignal | undefined, work: (tree: string) => Promise<T>): Promise<T> {
  if (ref.startsWith('-')) throw new TollgateError('usage', `--base-ref ${ref} is not a git ref`);
  const resolved = await git(repoRoot, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], signal);
  if (resolved.exitCode !== 0) {
    throw new TollgateError('usage', `git ref ${JSON.stringify(ref)} is not a commit in ${repoRoot}`, {
      hint: 'fetch it first (e.g. git fetch origin main, or a deeper fetch in a shallow clone), or check its name',
    });
  }
  const sha = resolved.stdout.trim();
  const parent = mkdtempSync(join(tmpdir(), 'tollgate-base-'));
  const tree = join(parent, 'tree');
  try {
    const added = await git(repoRoot, ['worktree', 'add', '--detach', '--quiet', tree, sha], signal);
    if (added.exitCode !== 0) throw new TollgateError('render', `cannot check out ${ref} into a worktree: ${added.stderr.trim().split('\n')[0]}`);
    return await work(tree);
  } finally {
    await git(repoRoot, ['worktree', 'remove', '--force', tree]).catch(() => undefined);
    rmSync(parent, { recursive: true, force: true });
    await git(repoRoot, ['worktree', 'prune']).catch(() => undefined);
  }
}

/** Whether `sha` names a commit the repository has. */
async function hasCommit(repoRoot: string, sha: string, signal?: AbortSignal): Promise<boolean> {
  return (await git(repoRoot, ['cat-file', '-e', `${sha}^{commit}`], signal)).exitCode === 0;
}

/**
 * Makes `shas` present, fetching them from `origin` when a shallow or partial
 * checkout lacks them (actions/checkout fetches one commit by default).
 */
export async function ensureCommits(repoRoot: string, shas: string[], signal?: AbortSignal): Promise<void> {
  const missing: string[] = [];
  for (const sha of shas) if (!(await hasCommit(repoRoot, sha, signal))) missing.push(sha);
  if (!missing.length) return;
  const fetched = await git(repoRoot, ['fetch', '--no-tags', '--quiet', '--depth=50', 'origin', ...missing], signal);
  for (const sha of missing) {
    if (!(await hasCommit(repoRoot, sha, signal))) {
      throw new TollgateError('input', `commit ${sha} is not in the checkout and cannot be fetched from origin${fetched.exitCode ? `: ${fetched.stderr.trim().split('\n').at(-1)}` : ''}`, {
        hint: 'check out with actions/checkout and fetch-depth: 0, or give base-ref a commit the checkout has',
      });
    }
  }
}

/** The merge base of two commits, deepening a shallow checkout until it is found. */
export async function mergeBase(repoRoot: string, a: string, b: string, signal?: AbortSignal): Promise<string> {
  await ensureCommits(repoRoot, [a, b], signal);
  for (const deepen of [0, 200, -1]) {
    if (deepen > 0) await git(repoRoot, ['fetch', '--no-tags', '--quiet', `--deepen=${deepen}`, 'origin', a, b], signal);
    if (deepen < 0) {
      const shallow = await git(repoRoot, ['rev-parse', '--is-shallow-repository'], signal);
      if (shallow.stdout.trim() === 'true') await git(repoRoot, ['fetch', '--no-tags', '--quiet', '--unshallow', 'origin'], signal);
    }
    const found = await git(repoRoot, ['merge-base', a, b], signal);
    if (found.exitCode === 0) return found.stdout.trim();
  }
  throw new TollgateError('input', `commits ${a.slice(0, 12)} and ${b.slice(0, 12)} have no merge base in the checkout, even after fetching more history`, {
    hint: 'check out with actions/checkout and fetch-depth: 0',
  });
}
