// Runs tollgate the way Argo CD's sidecar (argocd-cmp-server) runs a plugin:
// the repository unpacked under _cmp_server/<uuid> with tar's modes and no
// .git, cwd the app directory, the sidecar's env plus what the repo-server
// sends (empty values dropped, as its environ() does), the init and generate
// argv read from plugin/plugin.yaml, one deadline for both, then SIGTERM to
// the process group and SIGKILL 5 s later; stdout split as Argo CD splits it.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { CLI, REPO, TOOLS, tempDir } from './env.js';

export interface PluginSpec {
  init?: string[];
  generate: string[];
}

export function pluginSpec(): PluginSpec {
  const config = parse(readFileSync(join(REPO, 'plugin/plugin.yaml'), 'utf8'));
  const argv = (command?: { command?: string[]; args?: string[] }) => (command?.command?.length ? [...command.command, ...(command.args ?? [])] : undefined);
  return { init: argv(config.spec.init), generate: argv(config.spec.generate)! };
}

/** A copy of `source` as Argo CD unpacks a repo tarball: files 0644 (exec bits dropped), dirs 0755, no .git. */
export function unpackRepo(source: string): { workDir: string; root: string } {
  const workDir = join(tempDir('tollgate-cmp-'), '_cmp_server');
  const root = join(workDir, randomUUID());
  mkdirSync(root, { recursive: true });
  cpSync(source, root, { recursive: true, filter: (path) => !path.split('/').includes('.git') });
  const walk = (dir: string) => {
    chmodSync(dir, 0o755);
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const info = statSync(path, { throwIfNoEntry: false });
      if (!info) continue;
      if (info.isDirectory()) walk(path);
      else chmodSync(path, 0o644);
    }
  };
  walk(root);
  return { workDir, root };
}

/** A bin directory with `tollgate` → the built CLI, as the image links it. */
let binDir: string | undefined;
function tollgateBin(): string {
  if (!binDir) {
    // One per test file, removed when the worker exits (the tests in between share it).
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-bin-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    binDir = join(dir, 'bin');
    mkdirSync(binDir);
    symlinkSync(CLI, join(binDir, 'tollgate'));
  }
  return binDir;
}

export interface SidecarRequest {
  /** The unpacked repository root (from unpackRepo) and the app's path inside it. */
  root: string;
  sourcePath: string;
  appName?: string;
  destinationNamespace?: string;
  /** Plugin parameters as the Application lists them; null = a plugin block without parameters. */
  parameters?: Array<{ name: string; string?: string; array?: string[]; map?: Record<string, string> }> | null;
  /** The Application's plugin env (sent as ARGOCD_ENV_<name>). */
  appEnv?: Record<string, string>;
  /** The sidecar container's own environment, beyond PATH. */
  sidecarEnv?: Record<string, string>;
  kubeVersion?: string;
  apiVersions?: string[];
  deadlineMs?: number;
}

export interface SidecarResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  pid: number;
}

/** Go's encoding/json, as Argo CD marshals ARGOCD_APP_PARAMETERS: sorted keys, <>& escaped. */
export function goJson(value: unknown): string {
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sortKeys(value)).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

const escaped = (name: string) => name.toUpperCase().replace(/[^A-Z0-9_]/g, '_');

/** The env the repo-server sends for an Application (reposerver getPluginEnvs + Parameters.Environ). */
export function argoEnv(request: SidecarRequest): Record<string, string> {
  const env: Record<string, string> = {
    ARGOCD_APP_NAME: request.appName ?? 'tollgate-test',
    ARGOCD_APP_NAMESPACE: request.destinationNamespace ?? '',
    ARGOCD_APP_PROJECT_NAME: 'default',
    ARGOCD_APP_REVISION: '9f0c1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7',
    ARGOCD_APP_REVISION_SHORT: '9f0c1e2',
    ARGOCD_APP_REVISION_SHORT_8: '9f0c1e2d',
    ARGOCD_APP_SOURCE_REPO_URL: 'https://github.com/example/platform-apps.git',
    ARGOCD_APP_SOURCE_PATH: request.sourcePath,
    ARGOCD_APP_SOURCE_TARGET_REVISION: 'main',
    KUBE_VERSION: request.kubeVersion ?? '',
    KUBE_API_VERSIONS: (request.apiVersions ?? []).join(','),
  };
  for (const [name, value] of Object.entries(request.appEnv ?? {})) env[`ARGOCD_ENV_${name}`] = value;
  const parameters = request.parameters === undefined ? null : request.parameters;
  env.ARGOCD_APP_PARAMETERS = goJson(parameters);
  for (const p of parameters ?? []) {
    const base = `PARAM_${escaped(p.name)}`;
    if (p.string !== undefined) env[base] = p.string;
    for (const [key, value] of Object.entries(p.map ?? {})) env[`${base}_${escaped(key)}`] = value;
    (p.array ?? []).forEach((value, i) => (env[`${base}_${i}`] = value));
  }
  // argocd-cmp-server's environ() drops entries with an empty value.
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
}

function runCommand(argv: string[], cwd: string, env: NodeJS.ProcessEnv, deadline: number): Promise<SidecarResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    let timedOut = false;
    let killer: NodeJS.Timeout | undefined;
    const timer = setTimeout(
      () => {
        timedOut = true;
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {}
        killer = setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {}
        }, 5000);
      },
      Math.max(0, deadline - Date.now()),
    );
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      if (killer) clearTimeout(killer);
      resolve({ exitCode, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut, pid: child.pid! });
    });
  });
}

/** Runs init (when plugin.yaml has one) and generate in the app directory under one deadline. */
export async function runSidecar(request: SidecarRequest): Promise<SidecarResult> {
  const spec = pluginSpec();
  const appDir = request.sourcePath ? join(request.root, request.sourcePath) : request.root;
  const env: NodeJS.ProcessEnv = {
    PATH: `${tollgateBin()}:${TOOLS}:/usr/local/bin:/usr/bin:/bin`,
    ...request.sidecarEnv,
    ...argoEnv(request),
  };
  const deadline = Date.now() + (request.deadlineMs ?? 60_000);
  if (spec.init) {
    const init = await runCommand(spec.init, appDir, env, deadline);
    if (init.exitCode !== 0) return init;
  }
  return runCommand(spec.generate, appDir, env, deadline);
}

/** Argo CD's reading of a plugin's stdout: a YAML stream of objects, each with a kind. */
export function argoManifests(stdout: string): Array<Record<string, any>> {
  const out: Array<Record<string, any>> = [];
  for (const doc of parseAllDocuments(stdout)) {
    if (doc.errors.length) throw new Error(`not YAML: ${doc.errors[0].message}`);
    const value = doc.toJS();
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value) || typeof value.kind !== 'string') throw new Error(`a document without kind: ${JSON.stringify(value).slice(0, 80)}`);
    out.push(value);
  }
  return out;
}
