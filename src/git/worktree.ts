// The base of a comparison checked out from git into a temporary worktree,
// so the user's working tree is never touched.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TollgateError } from '../errors.js';
import { runTool } from '../render/exec.js';
import { findOnPath } from '../render/tools.js';

const GIT_TIMEOUT_MS = 120_000;

async function git(repoRoot: string, args: string[], signal?: AbortSignal) {
  const binary = findOnPath('git');
  if (!binary) throw new TollgateError('tool-missing', 'git was not found on PATH; it is needed for --base-ref', { hint: 'install git, or compare with --base PATH' });
  return runTool(binary, ['-C', repoRoot, ...args], { timeoutMs: GIT_TIMEOUT_MS, signal, display: `git ${args[0]}` });
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
