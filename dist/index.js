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
} from "./chunks/chunk-AOL6E2MN.js";
import {
  VERSION
} from "./chunks/chunk-WYKDYP3L.js";

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
