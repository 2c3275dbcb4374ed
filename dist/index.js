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
  locateField,
  parseManifestStream,
  render,
  reportJson,
  toJsonLines,
  toYaml,
  toYamlStream,
  totalCost
} from "./chunks/chunk-T4HI7G7G.js";
import {
  VERSION
} from "./chunks/chunk-YFB2B73Y.js";
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
