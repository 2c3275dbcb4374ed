import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);

// src/errors.ts
var TollgateError = class extends Error {
  code;
  file;
  line;
  column;
  /** One sentence telling the user what to do about it. */
  hint;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "TollgateError";
    this.code = code;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.hint = options.hint;
  }
  /** Exit status per SPEC §2: 3 for attestations, 2 for every usage, config, input or render error. */
  get exitCode() {
    return this.code === "attestation" ? 3 : 2;
  }
};
function formatError(error) {
  let where = "";
  if (error.file) {
    where = error.file;
    if (error.line) where += `:${error.line}`;
    if (error.line && error.column) where += `:${error.column}`;
    where += ": ";
  }
  const lines = [`tollgate: ${where}${error.message}`];
  if (error.hint) lines.push(`  ${error.hint}`);
  return lines.join("\n");
}

export {
  TollgateError,
  formatError
};
