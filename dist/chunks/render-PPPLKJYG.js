import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  RENDER_HELP,
  enforceMessage,
  renderCommand
} from "./chunk-AG6VQUM6.js";
import "./chunk-BNMI4SPR.js";
import "./chunk-C4MB7OAS.js";
import "./chunk-GEBOHM7Y.js";
import "./chunk-VVPHGAZ2.js";
import "./chunk-PKDCNJZF.js";
import "./chunk-FR6RCKLQ.js";
import "./chunk-AKDDKKA4.js";
import "./chunk-4DMKZ7XV.js";
import "./chunk-S6SOTGYE.js";
export {
  RENDER_HELP,
  enforceMessage,
  renderCommand
};
