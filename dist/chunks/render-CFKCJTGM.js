import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  RENDER_HELP,
  enforceMessage,
  renderCommand
} from "./chunk-YPGQHQ2X.js";
import "./chunk-ITJBVMZT.js";
import "./chunk-GEBOHM7Y.js";
import "./chunk-DC4PAG7T.js";
import "./chunk-2ODYGJAD.js";
import "./chunk-4EIUROPZ.js";
import "./chunk-4DMKZ7XV.js";
import "./chunk-S6SOTGYE.js";
export {
  RENDER_HELP,
  enforceMessage,
  renderCommand
};
