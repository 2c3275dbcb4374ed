import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-2M3B2HUU.js";
import "./chunk-S6SOTGYE.js";
export default require_dist();
