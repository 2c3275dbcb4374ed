// Bundles the CLI (and later the Action) into dist/ as ESM. Chunks are split so
// that `tollgate --version` loads only the tiny entry. Deterministic: the same
// sources give byte-identical files, which the dist-freshness test relies on.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

const outdir = process.argv[2] ?? 'dist';
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** `import text from './data.yaml?raw'`: the file's text, as vite gives it to the tests. */
const rawText = {
  name: 'raw-text',
  setup(b) {
    // Paths relative to the project, so the bundle does not depend on where the checkout lives.
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: relative(root, resolve(dirname(args.importer), args.path.slice(0, -4))), namespace: 'raw-text' }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({ contents: readFileSync(resolve(root, args.path), 'utf8'), loader: 'text' }));
  },
};

rmSync(outdir, { recursive: true, force: true });
const shared = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [rawText],
  define: { __TOLLGATE_VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);" },
};
await build({
  entryPoints: { cli: 'src/cli/entry.ts', index: 'src/index.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [rawText],
  define: { __TOLLGATE_VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);" },
});
// The Action: one self-contained ESM file (@actions/core 3 and @actions/github 9 are ESM-only).
await build({ ...shared, entryPoints: { action: 'action/main.ts' }, outdir, splitting: false, target: 'node24' });
