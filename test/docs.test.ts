// The README's configuration reference and price catalog, and the config
// validators, are generated from the schema and the catalog: they must not drift.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from './helpers/env.js';

it('README.md generated sections are up to date (run `npm run docs`)', () => {
  const run = spawnSync(process.execPath, [join(REPO, 'scripts/gen-docs.mjs'), '--check'], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});

it('src/config/validators.generated.js matches schema.json (run `npm run build`)', () => {
  const run = spawnSync(process.execPath, [join(REPO, 'scripts/gen-validators.mjs'), '--check'], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
