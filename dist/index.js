import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  TollgateError,
  decodeDocument,
  formatError,
  parseManifestStream,
  render,
  toJsonLines,
  toYaml,
  toYamlStream
} from "./chunks/chunk-WRU4X2HW.js";
import {
  VERSION
} from "./chunks/chunk-YFB2B73Y.js";

// src/manifest/resource.ts
function locateField(resource, pointer) {
  return resource.locator?.locate(pointer) ?? (resource.source ? { file: resource.source.file, line: resource.source.line } : void 0);
}
export {
  TollgateError,
  VERSION,
  decodeDocument,
  formatError,
  locateField,
  parseManifestStream,
  render,
  toJsonLines,
  toYaml,
  toYamlStream
};
