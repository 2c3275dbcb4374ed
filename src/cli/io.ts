// The CLI's only contact with the process: what it prints and where.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { TollgateError } from '../errors.js';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  signal?: AbortSignal;
  /** Whether stdout is a terminal that wants colour (NO_COLOR and FORCE_COLOR respected). */
  color?: boolean;
}

/** Writes a command's whole result at once: to --output FILE (atomically), else stdout. */
export function emitResult(io: CliIO, text: string, outputFile: string | undefined): void {
  if (!outputFile) {
    io.stdout(text);
    return;
  }
  const temp = `${outputFile}.tollgate-${process.pid}.tmp`;
  try {
    mkdirSync(dirname(outputFile), { recursive: true });
    writeFileSync(temp, text);
    renameSync(temp, outputFile);
  } catch (error) {
    throw new TollgateError('usage', `cannot write --output ${outputFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
