#!/usr/bin/env node
import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-H6ZMV7O4.js";
import "./chunks/chunk-S6SOTGYE.js";

// src/cli/entry.ts
import module from "node:module";
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "version")) {
  process.stdout.write(`tollgate ${VERSION}
`);
} else {
  module.enableCompileCache?.();
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  const { main } = await import("./chunks/main-VVZ3EWGN.js");
  const chunks = [];
  process.exitCode = await main(argv, {
    stdout: (text) => chunks.push(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    signal: controller.signal,
    color: process.env.FORCE_COLOR ? process.env.FORCE_COLOR !== "0" : Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  });
  if (process.exitCode < 2) process.stdout.write(chunks.join(""));
}
