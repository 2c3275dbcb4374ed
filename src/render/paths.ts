// The repo root is the boundary no file reference may leave: values files,
// manifests reached through symlinks, kustomize patches and bases.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { TollgateError } from '../errors.js';

/** The enclosing git work tree of `start`, else `start` itself. */
export function findRepoRoot(start: string): string {
  let dir = resolve(start);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    return dir;
  }
  for (let probe = dir; ; probe = dirname(probe)) {
    if (existsSync(`${probe}${sep}.git`)) return probe;
    if (dirname(probe) === probe) return dir;
  }
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The real path of `path` (symlinks resolved), refused when it leaves `root`. `shown` names it in errors. */
export function realPathInside(root: string, path: string, what: string, shown = displayPath(root, path)): string {
  const outside = () =>
    new TollgateError('path', `${what} ${shown} resolves outside the repository root ${root}`, {
      hint: 'tollgate only reads files inside the repository (see --repo-root)',
    });
  // Refuse `..` escapes by their spelling first, whether or not the target exists.
  if (!isInside(root, resolve(path))) throw outside();
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new TollgateError('input', `${what} ${shown} does not exist`);
  }
  if (!isInside(realpathSync(root), real)) throw outside();
  return real;
}

/** Repo-relative, forward slashes, as reports and annotations show paths. */
export function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  if (rel === '') return '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}
