// Runs renderer binaries safely: an argument array (never a shell, so `--set`
// values with `;` or `$(...)` reach helm literally), its own process group so a
// timeout or cancellation kills grandchildren too, and bounded output.
import { spawn } from 'node:child_process';
import { TollgateError } from '../errors.js';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds before the process group gets SIGTERM (then SIGKILL after the grace period). */
  timeoutMs: number;
  /** stdout beyond this many bytes is an error (a render this large cannot be applied either). */
  maxStdoutBytes?: number;
  signal?: AbortSignal;
  /** How to name the command in errors, e.g. "helm template". */
  display: string;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const KILL_GRACE_MS = 2000;
const MAX_STDERR_BYTES = 64 * 1024;
export const DEFAULT_MAX_STDOUT_BYTES = 100 * 1024 * 1024; // Argo CD's gRPC message limit

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export function runTool(binary: string, args: string[], options: RunOptions): Promise<RunResult> {
  const maxStdout = options.maxStdoutBytes ?? DEFAULT_MAX_STDOUT_BYTES;
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(binary, args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true, // a process group of its own, so kill(-pid) reaches everything it started
        shell: false,
      });
    } catch (error) {
      reject(new TollgateError('tool-missing', `cannot start ${options.display}: ${(error as Error).message}`));
      return;
    }
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let stdoutBytes = 0;
    let stderrBytes = 0;
    let failure: TollgateError | undefined;
    let killTimer: NodeJS.Timeout | undefined;

    const stop = (why: TollgateError) => {
      if (failure) return;
      failure = why;
      killGroup(child.pid, 'SIGTERM');
      killTimer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
      killTimer.unref();
    };

    const timer = setTimeout(() => {
      stop(
        new TollgateError('timeout', `${options.display} did not finish within ${Math.round(options.timeoutMs / 1000)}s and was stopped`, {
          hint: 'raise TOLLGATE_EXEC_TIMEOUT (e.g. 180s) if the render is legitimately slow',
        }),
      );
    }, options.timeoutMs);
    const onAbort = () => stop(new TollgateError('timeout', `${options.display} was cancelled`));
    options.signal?.addEventListener('abort', onAbort, { once: true });

    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdout) {
        stop(new TollgateError('render', `${options.display} printed more than ${Math.round(maxStdout / 1048576)} MiB of manifests`));
        return;
      }
      stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderrBytes < MAX_STDERR_BYTES) stderr.push(chunk);
      stderrBytes += chunk.length;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      reject(
        error.code === 'ENOENT'
          ? new TollgateError('tool-missing', `${binary} not found`, { hint: `install it or put it on PATH` })
          : new TollgateError('render', `cannot run ${options.display}: ${error.message}`),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      // The group may still hold grandchildren that outlived their parent.
      if (failure) killGroup(child.pid, 'SIGKILL');
      if (killTimer) clearTimeout(killTimer);
      if (failure) {
        reject(failure);
        return;
      }
      resolve({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8').slice(0, MAX_STDERR_BYTES),
        exitCode: code ?? (signal ? 128 : 1),
      });
    });
  });
}

/** The timeout for one renderer run: TOLLGATE_EXEC_TIMEOUT (`90s`, `2m`, or seconds), default 90 s like Argo CD's. */
export function execTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.TOLLGATE_EXEC_TIMEOUT;
  if (!raw) return 90_000;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(raw.trim());
  if (!match) {
    throw new TollgateError('usage', `TOLLGATE_EXEC_TIMEOUT=${JSON.stringify(raw)} is not a duration`, {
      hint: 'use a number of seconds or a value like 500ms, 90s, 3m',
    });
  }
  const value = Number(match[1]);
  const unit = match[2] ?? 's';
  return Math.max(1, Math.round(unit === 'ms' ? value : unit === 'm' ? value * 60_000 : value * 1000));
}
