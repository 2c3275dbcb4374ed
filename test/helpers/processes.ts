// Fake renderers that hang, and the check that nothing they started outlives a stop.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './env.js';

/** A fake helm that starts a grandchild; both run until killed. Returns its path and the grandchild's pid file. */
export function hangingHelm(): { fake: string; pidFile: string } {
  const dir = tempDir();
  const pidFile = join(dir, 'child.pid');
  const fake = join(dir, 'helm');
  writeFileSync(
    fake,
    `#!${process.execPath}\nconst { spawn } = require('node:child_process');\nconst c = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });\nrequire('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(c.pid));\nsetInterval(() => {}, 1000);\n`,
  );
  chmodSync(fake, 0o755);
  return { fake, pidFile };
}

/** Whether a process still runs (a zombie waiting for its reaper does not). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Waits up to 5 s for the grandchild in `pidFile` to be gone. */
export async function expectGone(pidFile: string): Promise<void> {
  const grandchild = Number(readFileSync(pidFile, 'utf8'));
  for (let i = 0; i < 50; i++) {
    if (!running(grandchild)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`process ${grandchild} outlived the renderer`);
}
