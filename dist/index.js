import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  Prices,
  TollgateError,
  analyzeApp,
  annotate,
  cents,
  costAnnotations,
  decodeDocument,
  estimateCosts,
  formatError,
  parseManifestStream,
  render,
  reportJson,
  toJsonLines,
  toYaml,
  toYamlStream,
  totalCost
} from "./chunks/chunk-2HPTU7FH.js";
import {
  VERSION
} from "./chunks/chunk-YFB2B73Y.js";

// src/manifest/resource.ts
function locateField(resource, pointer) {
  return resource.locator?.locate(pointer) ?? (resource.source ? { file: resource.source.file, line: resource.source.line } : void 0);
}
export {
  Prices,
  TollgateError,
  VERSION,
  analyzeApp,
  annotate,
  cents,
  costAnnotations,
  decodeDocument,
  estimateCosts,
  formatError,
  locateField,
  parseManifestStream,
  render,
  reportJson,
  toJsonLines,
  toYaml,
  toYamlStream,
  totalCost
};
