// Every failure a user can cause or fix is a TollgateError: it carries a stable
// code, the exit status SPEC §2 assigns to it, and where possible the file and
// line to look at. Anything else reaching the CLI's top level is a bug.

export type ErrorCode =
  | 'usage' // bad flags or arguments
  | 'input' // a source file tollgate cannot accept (YAML, size, path)
  | 'path' // a path that leaves the repo root
  | 'tool-missing' // helm / kustomize / kubectl not found
  | 'render' // the renderer failed
  | 'timeout' // the renderer did not finish in time
  | 'config' // .tollgate.yaml or another settings file is wrong
  | 'attestation'; // an attestation is missing, invalid, or cannot be verified

export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
}

export class TollgateError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** One sentence telling the user what to do about it. */
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, options: ErrorLocation & { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TollgateError';
    this.code = code;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.hint = options.hint;
  }

  /** Exit status per SPEC §2: 3 for attestations, 2 for every usage, config, input or render error. */
  get exitCode(): number {
    return this.code === 'attestation' ? 3 : 2;
  }
}

/** `file:line:column: message` followed by the hint on its own line, as compilers print it. */
export function formatError(error: TollgateError): string {
  let where = '';
  if (error.file) {
    where = error.file;
    if (error.line) where += `:${error.line}`;
    if (error.line && error.column) where += `:${error.column}`;
    where += ': ';
  }
  const lines = [`tollgate: ${where}${error.message}`];
  if (error.hint) lines.push(`  ${error.hint}`);
  return lines.join('\n');
}
