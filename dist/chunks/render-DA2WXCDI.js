import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  RENDER_HELP,
  enforceMessage,
  renderCommand
} from "./chunk-ZYC2DI6H.js";
import "./chunk-454IRLOS.js";
import "./chunk-C4MB7OAS.js";
import "./chunk-GEBOHM7Y.js";
import "./chunk-BVTOWTRP.js";
import "./chunk-5AVN3P56.js";
import "./chunk-23HBHDHD.js";
import "./chunk-4DMKZ7XV.js";
import "./chunk-S6SOTGYE.js";
export {
  RENDER_HELP,
  enforceMessage,
  renderCommand
};
