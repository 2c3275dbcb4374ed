import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  Prices,
  RULES,
  TollgateError,
  analyzeApp,
  annotate,
  cents,
  costAnnotations,
  decodeDocument,
  estimateCosts,
  evaluatePolicy,
  formatError,
  locateField,
  parseManifestStream,
  render,
  reportJson,
  toJsonLines,
  toYaml,
  toYamlStream,
  totalCost
} from "./chunks/chunk-V6KXQFAS.js";
import {
  VERSION
} from "./chunks/chunk-YFB2B73Y.js";
export {
  Prices,
  RULES,
  TollgateError,
  VERSION,
  analyzeApp,
  annotate,
  cents,
  costAnnotations,
  decodeDocument,
  estimateCosts,
  evaluatePolicy,
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
