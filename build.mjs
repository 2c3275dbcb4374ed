// Bundles the CLI (and later the Action) into dist/ as ESM. Chunks are split so
// that `tollgate --version` loads only the tiny entry. Deterministic: the same
// sources give byte-identical files, which the dist-freshness test relies on.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const outdir = process.argv[2] ?? 'dist';
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

rmSync(outdir, { recursive: true, force: true });
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
  define: { __TOLLGATE_VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);" },
});
