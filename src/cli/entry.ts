#!/usr/bin/env node
// The bundle's entry point. `--version` answers before anything else loads, so
// scripts that probe the tool pay for node's start-up alone.
import module from 'node:module';
import { VERSION } from '../version.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === 'version')) {
  process.stdout.write(`tollgate ${VERSION}\n`);
} else {
  // Node 22+ keeps compiled bytecode between runs (under the temp dir): the Argo CD plugin and
  // the Action start a fresh process per app. A no-op on Node 20, which lacks it.
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  const controller = new AbortController();
  // Argo CD stops a plugin with SIGTERM at its deadline: stop the renderers too.
  const stop = () => controller.abort();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  const { main } = await import('./main.js');
  const chunks: string[] = [];
  process.exitCode = await main(argv, {
    stdout: (text) => chunks.push(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    signal: controller.signal,
    color: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== '0' : Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  });
  // A failed run (exit 2 or 3) prints nothing on stdout: Argo CD would apply a partial render.
  if ((process.exitCode as number) < 2) process.stdout.write(chunks.join(''));
}
