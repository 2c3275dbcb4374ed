// `paths`: the app directories to gate, as paths or globs relative to the
// workspace (`apps/*` in a monorepo). Globs match directories of the head
// checkout; a plain path must exist.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { TollgateError } from '../src/errors.js';

const SKIPPED = new Set(['.git', 'node_modules']);
const GLOB = /[*?[\]{}!]/;

function directories(root: string, under = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, under), { withFileTypes: true })) {
    if (!entry.isDirectory() || SKIPPED.has(entry.name)) continue;
    const rel = under ? `${under}/${entry.name}` : entry.name;
    out.push(rel, ...directories(root, rel));
  }
  return out;
}

const normalise = (path: string) => path.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';

/** The app directories, workspace-relative, in the order the patterns list them, each once. */
export function expandPaths(workspace: string, patterns: string[]): string[] {
  const out: string[] = [];
  let all: string[] | undefined;
  for (const raw of patterns) {
    const pattern = normalise(raw);
    if (pattern.startsWith('/') || pattern.split('/').includes('..')) {
      throw new TollgateError('usage', `input paths: ${raw} leaves the workspace`, { hint: 'give paths relative to the repository root' });
    }
    if (!GLOB.test(pattern)) {
      let isDir = false;
      try {
        isDir = statSync(join(workspace, pattern)).isDirectory();
      } catch {}
      if (!isDir) throw new TollgateError('usage', `input paths: ${pattern} is not a directory of the checkout`);
      if (!out.includes(pattern)) out.push(pattern);
      continue;
    }
    all ??= directories(workspace);
    const isMatch = picomatch(pattern, { dot: false });
    const matches = all.filter((dir) => isMatch(dir));
    if (!matches.length) throw new TollgateError('usage', `input paths: ${pattern} matches no directory`);
    for (const dir of matches.sort()) if (!out.includes(dir)) out.push(dir);
  }
  return out;
}
