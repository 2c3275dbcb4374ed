import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  PRICE_PROFILES
} from "./chunk-AKDDKKA4.js";
import {
  TollgateError
} from "./chunk-4DMKZ7XV.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var SOURCE_FLAGS = {
  renderer: { type: "string" },
  namespace: { type: "string", short: "n" },
  release: { type: "string" },
  values: { type: "string", short: "f", multiple: true },
  set: { type: "string", multiple: true },
  recurse: { type: "boolean" },
  include: { type: "string" },
  exclude: { type: "string" },
  "kube-version": { type: "string" },
  "api-versions": { type: "string", multiple: true },
  "repo-root": { type: "string" },
  "skip-crds": { type: "boolean" },
  "kustomize-build-options": { type: "string" },
  "no-dependency-build": { type: "boolean" }
};
var ANALYSIS_FLAGS = {
  config: { type: "string" },
  prices: { type: "string" },
  "price-profile": { type: "string" },
  "scan-results": { type: "string", multiple: true }
};
var COMMON_FLAGS = {
  help: { type: "boolean", short: "h" },
  output: { type: "string" }
};
function parseCommandArgs(command, argv, options) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error.message.replace(/\. To specify a positional argument.*$/s, "");
    throw new TollgateError("usage", message, { hint: `see \`tollgate ${command} --help\`` });
  }
}
var RENDERERS = ["auto", "directory", "kustomize", "helm"];
var SET_PAIR = /^[^=]+=/;
var KUBE_VERSION = /^v?\d+\.\d+(\.\d+)?([-+].*)?$/;
function splitBuildOptions(value) {
  if (value === void 0) return void 0;
  return value.split(/\s+/).filter(Boolean);
}
function renderOptionsFrom(values, positionals, env) {
  if (positionals.length > 1) {
    throw new TollgateError("usage", `expected one app path, got ${positionals.length}: ${positionals.join(" ")}`);
  }
  const renderer = values.renderer ?? "auto";
  if (!RENDERERS.includes(renderer)) {
    throw new TollgateError("usage", `--renderer ${renderer} is not one of ${RENDERERS.join(", ")}`);
  }
  const set = values.set ?? [];
  for (const pair of set) {
    if (!SET_PAIR.test(pair)) throw new TollgateError("usage", `--set ${JSON.stringify(pair)} is not key=value`);
  }
  const kubeVersion = values["kube-version"];
  if (kubeVersion !== void 0 && !KUBE_VERSION.test(kubeVersion)) {
    throw new TollgateError("usage", `--kube-version ${JSON.stringify(kubeVersion)} is not a Kubernetes version like 1.32.0`);
  }
  const apiVersions = (values["api-versions"] ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  return {
    path: positionals[0] ?? ".",
    repoRoot: values["repo-root"],
    renderer,
    namespace: values.namespace,
    release: values.release,
    valuesFiles: values.values,
    set,
    recurse: Boolean(values.recurse),
    include: values.include,
    exclude: values.exclude,
    kubeVersion,
    apiVersions,
    skipCrds: Boolean(values["skip-crds"]),
    kustomizeBuildOptions: splitBuildOptions(values["kustomize-build-options"] ?? env.TOLLGATE_KUSTOMIZE_BUILD_OPTIONS),
    dependencyBuild: !values["no-dependency-build"],
    appName: env.ARGOCD_APP_NAME || void 0,
    env
  };
}
function analyzeOptionsFrom(values, positionals, io) {
  const profile = values["price-profile"];
  if (profile !== void 0 && !PRICE_PROFILES.includes(profile)) {
    throw new TollgateError("usage", `--price-profile ${profile} is not one of ${PRICE_PROFILES.join(", ")}`);
  }
  if (values.base !== void 0 && values["base-ref"] !== void 0) throw new TollgateError("usage", "--base and --base-ref are alternatives; give one");
  return {
    ...renderOptionsFrom(values, positionals, io.env),
    configFile: values.config,
    pricesFile: values.prices,
    priceProfile: profile,
    scanResults: values["scan-results"],
    basePath: values.base,
    baseRef: values["base-ref"],
    cwd: io.cwd,
    signal: io.signal
  };
}

export {
  SOURCE_FLAGS,
  ANALYSIS_FLAGS,
  COMMON_FLAGS,
  parseCommandArgs,
  splitBuildOptions,
  analyzeOptionsFrom
};
