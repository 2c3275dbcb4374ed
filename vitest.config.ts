import { delimiter, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests render with the real helm and kubectl unpacked by `npm run setup-tools`
// (the pretest script) into .tools/bin, ahead of anything else on PATH.
const toolsBin = resolve(import.meta.dirname, '.tools/bin');

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { PATH: `${toolsBin}${delimiter}${process.env.PATH ?? ''}` },
    pool: 'forks',
    reporters: ['default', './test/helpers/summary-reporter.ts'],
  },
});
