// dist/ is committed for the Action and the npm bin: it must be what
// `npm run build` makes from the sources in this checkout.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { REPO, tempDir } from './helpers/env.js';

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

it('dist/ is up to date with the sources (run `npm run build` and commit dist/)', () => {
  const fresh = join(tempDir(), 'dist');
  execFileSync(process.execPath, [join(REPO, 'build.mjs'), fresh], { cwd: REPO });
  const built = files(fresh);
  const committed = files(join(REPO, 'dist'));
  expect([...committed.keys()].sort()).toEqual([...built.keys()].sort());
  for (const [name, text] of built) expect(committed.get(name) === text, `dist/${name} is stale`).toBe(true);
});
