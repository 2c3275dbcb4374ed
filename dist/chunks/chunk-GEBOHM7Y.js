import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  TollgateError
} from "./chunk-4DMKZ7XV.js";

// src/cli/io.ts
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
function emitResult(io, text, outputFile) {
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
    throw new TollgateError("usage", `cannot write --output ${outputFile}: ${error.code ?? error.message}`);
  }
}

export {
  emitResult
};
