// Shared facts for tests: where the repo, the corpus and the real tools are,
// and how to run the real decoder (kubectl) as an oracle.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';

export const REPO = resolve(import.meta.dirname, '../..');
export const CORPUS = resolve(REPO, '../shared/corpus');
export const TOOLS = resolve(REPO, '.tools/bin');
export const KUBECTL = join(TOOLS, 'kubectl');
export const HELM = join(TOOLS, 'helm');
export const CLI = join(REPO, 'dist/cli.js');

if (!existsSync(CORPUS)) throw new Error(`the test corpus is missing at ${CORPUS}: tests need ../shared/corpus beside the checkout`);
if (!existsSync(KUBECTL) || !existsSync(HELM)) throw new Error(`real tools missing in ${TOOLS}: run \`npm run setup-tools\``);

const ORACLE_KEY = 'tollgate.test/oracle';

/**
 * Decodes a YAML stream the way Kubernetes does, with kubectl itself:
 * `kubectl annotate --local -f - k=v -o json`, then removes that annotation.
 */
export function kubectlDecode(yaml: string): Record<string, unknown>[] {
  const out = execFileSync(KUBECTL, ['annotate', '--local', '-f', '-', `${ORACLE_KEY}=1`, '-o', 'json'], {
    input: yaml,
    maxBuffer: 512 * 1024 * 1024,
  }).toString('utf8');
  // One pretty-printed JSON object per resource, each starting with `{` on its own line.
  const items = out
    .split(/^(?=\{$)/m)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => JSON.parse(chunk) as Record<string, unknown>);
  for (const item of items) {
    const metadata = item.metadata as Record<string, Record<string, string>>;
    delete metadata.annotations[ORACLE_KEY];
    if (Object.keys(metadata.annotations).length === 0) delete metadata.annotations;
  }
  return items;
}

export function kubectlKustomize(dir: string): string {
  return execFileSync(KUBECTL, ['kustomize', dir], { maxBuffer: 512 * 1024 * 1024 }).toString('utf8');
}

export function helmTemplate(args: string[]): string {
  return execFileSync(HELM, ['template', ...args], { maxBuffer: 512 * 1024 * 1024 }).toString('utf8');
}

export interface CliRun {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Runs the built CLI as a user would. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: options.timeout ?? 60_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** A temp directory removed after the current test. */
export function tempDir(prefix = 'tollgate-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A temp git repository (removed after the test) holding `files`, by repo-relative path. */
export function gitRepoWith(files: Record<string, string>): string {
  const dir = tempDir();
  execFileSync('git', ['init', '-q', dir]);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/**
 * A copy of the corpus vLLM chart in `dir` without its two OCI dependencies,
 * which are not vendored (the corpus README's offline workaround).
 */
export function vllmChartWithoutDependencies(dir: string): string {
  const chart = join(dir, 'vllm-stack');
  cpSync(join(CORPUS, 'gpu-inference/vllm-stack'), chart, { recursive: true });
  const text = readFileSync(join(chart, 'Chart.yaml'), 'utf8');
  writeFileSync(join(chart, 'Chart.yaml'), text.slice(0, text.indexOf('dependencies:')));
  rmSync(join(chart, 'Chart.lock'), { force: true });
  return chart;
}
