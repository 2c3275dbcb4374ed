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
  defaultConfig,
  estimateCosts,
  evaluatePolicy,
  formatError,
  loadConfig,
  locateField,
  parseManifestStream,
  render,
  reportJson,
  toJsonLines,
  toYaml,
  toYamlStream,
  totalCost
} from "./chunks/chunk-UDMVRCO5.js";
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
  defaultConfig,
  estimateCosts,
  evaluatePolicy,
  formatError,
  loadConfig,
  locateField,
  parseManifestStream,
  render,
  reportJson,
  toJsonLines,
  toYaml,
  toYamlStream,
  totalCost
};
