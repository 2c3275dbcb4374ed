import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  PARAMETERS,
  announcements
} from "./chunks/chunk-NLKDCK6D.js";
import {
  annotate,
  costAnnotations,
  toJsonLines,
  toYaml,
  toYamlStream
} from "./chunks/chunk-BNMI4SPR.js";
import "./chunks/chunk-C4MB7OAS.js";
import {
  reportJson
} from "./chunks/chunk-RDV5K2UF.js";
import {
  VERSION
} from "./chunks/chunk-H6ZMV7O4.js";
import {
  RULES,
  analyzeApp,
  defaultConfig,
  evaluatePolicy,
  loadConfig,
  locateField,
  parseManifestStream,
  render
} from "./chunks/chunk-PKDCNJZF.js";
import "./chunks/chunk-FR6RCKLQ.js";
import {
  Prices,
  cents,
  decodeDocument,
  estimateCosts,
  totalCost
} from "./chunks/chunk-AKDDKKA4.js";
import {
  TollgateError,
  formatError
} from "./chunks/chunk-4DMKZ7XV.js";
import "./chunks/chunk-S6SOTGYE.js";
export {
  PARAMETERS as PLUGIN_PARAMETERS,
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
  announcements as pluginParameterAnnouncements,
  render,
  reportJson,
  toJsonLines,
  toYaml,
  toYamlStream,
  totalCost
};
