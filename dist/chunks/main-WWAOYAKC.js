import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  PARAMETERS,
  PRICE_PROFILES,
  RULES,
  TollgateError,
  analyzeApp,
  annotate,
  announcements,
  cents,
  displayPath,
  enrichmentFor,
  failsGate,
  formatError,
  identity,
  paramEnvName,
  realPathInside,
  reportJson,
  require_dist,
  toJsonLines,
  toYamlStream
} from "./chunk-5ONMJBOU.js";
import {
  VERSION,
  __toESM
} from "./chunk-YFB2B73Y.js";

// src/cli/commands/argocd.ts
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// src/argocd/request.ts
var import_yaml = __toESM(require_dist(), 1);
import { basename, dirname, sep } from "node:path";
var BY_NAME = new Map(PARAMETERS.map((p) => [p.name, p]));
var ADMIN_ENV = ["MIN_MODE", "REQUIRE_ATTESTATION", "TRUSTED_KEY", "TRUSTED_IDENTITY", "TRUSTED_ISSUER", "ADMIN_CONFIG", "KUSTOMIZE_BUILD_OPTIONS", "NOW", "EXEC_TIMEOUT", "HELM", "KUSTOMIZE", "DEBUG"];
var known = () => PARAMETERS.map((p) => p.name).join(", ");
function parameterError(message) {
  return new TollgateError("usage", message, { hint: `the plugin's parameters are ${known()}` });
}
function fromParametersJson(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new TollgateError("input", `ARGOCD_APP_PARAMETERS is not JSON: ${error.message}`);
  }
  const out = /* @__PURE__ */ new Map();
  if (parsed === null) return out;
  if (!Array.isArray(parsed)) throw new TollgateError("input", "ARGOCD_APP_PARAMETERS is not a JSON array of parameters");
  for (const entry of parsed) {
    const name = entry?.name;
    if (typeof name !== "string" || name === "") throw new TollgateError("input", "ARGOCD_APP_PARAMETERS holds a parameter without a name");
    const spec = BY_NAME.get(name);
    if (!spec) throw parameterError(`unknown plugin parameter ${JSON.stringify(name)}`);
    if (out.has(name)) throw parameterError(`plugin parameter ${name} is given twice`);
    const { string: string2, array: array2, map: map2 } = entry;
    const value = spec.collectionType === "string" ? string2 : spec.collectionType === "array" ? array2 : map2;
    const wrong = spec.collectionType !== "string" && string2 !== void 0 ? "string" : spec.collectionType !== "array" && array2 !== void 0 ? "array" : spec.collectionType !== "map" && map2 !== void 0 ? "map" : void 0;
    if (wrong) throw parameterError(`plugin parameter ${name} takes ${article(spec.collectionType)}, not ${article(wrong)}`);
    if (value === void 0) continue;
    out.set(name, checkedShape(spec, value));
  }
  return out;
}
var article = (type) => type === "array" ? "an array" : `a ${type}`;
function checkedShape(spec, value) {
  const bad = () => parameterError(`plugin parameter ${spec.name} takes ${article(spec.collectionType)} of strings`);
  switch (spec.collectionType) {
    case "string":
      if (typeof value !== "string") throw bad();
      return value;
    case "array":
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) throw bad();
      return value;
    case "map":
      if (!value || typeof value !== "object" || Array.isArray(value) || Object.values(value).some((v) => typeof v !== "string")) throw bad();
      return { ...value };
  }
}
function fromParamEnv(env) {
  const out = /* @__PURE__ */ new Map();
  for (const spec of PARAMETERS) {
    const base = paramEnvName(spec.name);
    if (spec.collectionType === "string") {
      if (env[base] !== void 0) out.set(spec.name, env[base]);
    } else if (spec.collectionType === "array") {
      const items = [];
      for (let i = 0; env[`${base}_${i}`] !== void 0; i++) items.push(env[`${base}_${i}`]);
      if (items.length) out.set(spec.name, items);
    } else if (Object.keys(env).some((key) => key.startsWith(`${base}_`))) {
      throw new TollgateError("input", `map parameter ${spec.name} arrived only as ${base}_* variables, whose names lose the keys' case and dots`, {
        hint: "run the plugin from Argo CD 2.6 or later, which also sends ARGOCD_APP_PARAMETERS"
      });
    }
  }
  return out;
}
function fromPluginEnv(env, warnings) {
  const out = /* @__PURE__ */ new Map();
  const byEnvName = new Map(PARAMETERS.map((p) => [p.name.toUpperCase().replace(/[^A-Z0-9]/g, "_"), p]));
  for (const [key, value] of Object.entries(env).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (!key.startsWith("ARGOCD_ENV_TOLLGATE_") || value === void 0 || value === "") continue;
    const name = key.slice("ARGOCD_ENV_TOLLGATE_".length);
    if (ADMIN_ENV.includes(name)) {
      warnings.push(`${key} is ignored: TOLLGATE_${name} is an admin setting, read only from the sidecar's environment`);
      continue;
    }
    const spec = byEnvName.get(name);
    if (!spec || spec.collectionType === "map") {
      warnings.push(`${key} is ignored: ${spec ? `${spec.name} is a map; give it as a plugin parameter` : "no such setting"}`);
      continue;
    }
    out.set(spec.name, spec.collectionType === "array" ? value.split(",").map((v) => v.trim()).filter(Boolean) : value);
  }
  return out;
}
function validate(parameters) {
  for (const [name, value] of parameters) {
    const spec = BY_NAME.get(name);
    if (typeof value !== "string") continue;
    if (spec.enum && !spec.enum.includes(value)) throw parameterError(`plugin parameter ${name}=${JSON.stringify(value)} is not one of ${spec.enum.join(", ")}`);
    if (spec.boolean && value !== "true" && value !== "false") throw parameterError(`plugin parameter ${name}=${JSON.stringify(value)} is not true or false`);
  }
  const values = parameters.get("values");
  if (typeof values === "string") {
    const doc = (0, import_yaml.parseDocument)(values, { prettyErrors: false });
    const problem = doc.errors[0];
    if (problem) throw parameterError(`plugin parameter values is not valid YAML: ${problem.message.split("\n")[0]}`);
    const parsed = doc.toJS({ maxAliasCount: 100 });
    if (parsed !== null && (typeof parsed !== "object" || Array.isArray(parsed))) throw parameterError("plugin parameter values must be a YAML mapping of Helm values");
  }
}
var nonEmpty = (value) => value === void 0 || value === "" ? void 0 : value;
function readPluginRequest(env) {
  const warnings = [];
  const fromEnv = fromPluginEnv(env, warnings);
  const json = env.ARGOCD_APP_PARAMETERS;
  const given = json !== void 0 && json !== "" ? fromParametersJson(json) : fromParamEnv(env);
  const parameters = new Map(fromEnv);
  for (const [name, value] of given) {
    if (value === "") parameters.delete(name);
    else parameters.set(name, value);
  }
  validate(parameters);
  const apiVersions = nonEmpty(env.KUBE_API_VERSIONS)?.split(",").map((v) => v.trim()).filter(Boolean);
  return {
    parameters,
    appName: nonEmpty(env.ARGOCD_APP_NAME),
    destinationNamespace: nonEmpty(env.ARGOCD_APP_NAMESPACE),
    kubeVersion: nonEmpty(env.KUBE_VERSION),
    apiVersions: apiVersions?.length ? apiVersions : void 0,
    revision: nonEmpty(env.ARGOCD_APP_REVISION),
    repoURL: nonEmpty(env.ARGOCD_APP_SOURCE_REPO_URL),
    sourcePath: normaliseSourcePath(env.ARGOCD_APP_SOURCE_PATH),
    warnings
  };
}
function normaliseSourcePath(path) {
  const parts = (path ?? "").split("/").filter((p) => p !== "" && p !== ".");
  return parts.join("/");
}
function pluginRepoRoot(appDir, sourcePath) {
  if (sourcePath === "") return isCmpWorkDir(appDir) ? appDir : void 0;
  const suffix = sep + sourcePath.split("/").join(sep);
  if (appDir.endsWith(suffix)) return appDir.slice(0, -suffix.length) || sep;
  for (let dir = appDir; dirname(dir) !== dir; dir = dirname(dir)) if (isCmpWorkDir(dir)) return dir;
  return void 0;
}
var isCmpWorkDir = (dir) => basename(dirname(dir)) === "_cmp_server";
function readAdminSettings(env) {
  const minMode = nonEmpty(env.TOLLGATE_MIN_MODE) ?? "annotate";
  if (minMode !== "annotate" && minMode !== "enforce") {
    throw new TollgateError("config", `TOLLGATE_MIN_MODE=${minMode} is not annotate or enforce`, { hint: "fix the sidecar's environment; tollgate refuses to guess an admin setting" });
  }
  const require2 = nonEmpty(env.TOLLGATE_REQUIRE_ATTESTATION) ?? "false";
  if (require2 !== "true" && require2 !== "false") {
    throw new TollgateError("config", `TOLLGATE_REQUIRE_ATTESTATION=${require2} is not true or false`, { hint: "fix the sidecar's environment; tollgate refuses to guess an admin setting" });
  }
  return {
    minMode,
    requireAttestation: require2 === "true",
    trustedKey: nonEmpty(env.TOLLGATE_TRUSTED_KEY),
    trustedIdentity: nonEmpty(env.TOLLGATE_TRUSTED_IDENTITY),
    trustedIssuer: nonEmpty(env.TOLLGATE_TRUSTED_ISSUER),
    adminConfig: nonEmpty(env.TOLLGATE_ADMIN_CONFIG),
    kustomizeBuildOptions: nonEmpty(env.TOLLGATE_KUSTOMIZE_BUILD_OPTIONS)
  };
}

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

// src/cli/io.ts
import { renameSync, writeFileSync } from "node:fs";
function emitResult(io, text, outputFile) {
  if (!outputFile) {
    io.stdout(text);
    return;
  }
  const temp = `${outputFile}.tollgate-${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, outputFile);
  } catch (error) {
    throw new TollgateError("usage", `cannot write --output ${outputFile}: ${error.code ?? error.message}`);
  }
}

// src/cli/commands/render.ts
var RENDER_HELP = `Usage: tollgate render [PATH] [source flags] [analysis flags] [--mode annotate|enforce] [--annotations all|findings|none] [-o yaml|json] [--output FILE]

Renders the app at PATH (default .) exactly as Argo CD would and prints the
resources as they will be applied, Secrets included, each annotated with its
estimated monthly cost and verdict (tollgate.dev/* on the resource's own
metadata, never on pod templates).

Source flags:
  --renderer auto|directory|kustomize|helm   how to render (default auto: Argo CD's detection)
  -n, --namespace NS           namespace passed to helm template
  --release NAME               Helm release name (default: $ARGOCD_APP_NAME, else the chart name)
  -f, --values FILE            Helm values file, relative to the current directory (repeatable)
  --set key=value              Helm value, passed literally (repeatable)
  --recurse                    directory apps: read sub-folders too
  --include GLOB, --exclude GLOB   directory apps: Argo CD's include/exclude globs
  --kube-version X.Y.Z         Helm: the Kubernetes version templates see
  --api-versions LIST          Helm: extra API versions (comma-separated, repeatable)
  --skip-crds                  Helm: leave out the chart's crds/ folder
  --kustomize-build-options S  extra kustomize build flags (or $TOLLGATE_KUSTOMIZE_BUILD_OPTIONS)
  --no-dependency-build        Helm: fail instead of running helm dependency build
  --repo-root DIR              no file reference may leave DIR (default: the git work tree)

Output:
  -o, --output-format yaml|json  a YAML stream (default) or one JSON object per line
  --output FILE                write there instead of stdout

Exit status: 0 rendered, 1 refused by --mode enforce, 2 usage, config, input or render error
(nothing on stdout unless 0).
`;
async function renderCommand(argv, io) {
  const { values, positionals } = parseCommandArgs("render", argv, {
    ...SOURCE_FLAGS,
    ...ANALYSIS_FLAGS,
    ...COMMON_FLAGS,
    "output-format": { type: "string", short: "o" },
    annotations: { type: "string" },
    mode: { type: "string" }
  });
  if (values.help) {
    io.stdout(RENDER_HELP);
    return 0;
  }
  const format = values["output-format"] ?? "yaml";
  if (format !== "yaml" && format !== "json") {
    throw new TollgateError("usage", `-o ${format} is not yaml or json`);
  }
  const mode = values.mode ?? "annotate";
  if (mode !== "annotate" && mode !== "enforce") throw new TollgateError("usage", `--mode ${mode} is not annotate or enforce`);
  const annotations = values.annotations ?? "all";
  if (!["all", "findings", "none"].includes(annotations)) throw new TollgateError("usage", `--annotations ${annotations} is not all, findings or none`);
  const analysis = await analyzeApp(analyzeOptionsFrom(values, positionals, io));
  for (const warning of analysis.warnings) io.stderr(`tollgate: warning: ${warning}
`);
  if (mode === "enforce" && analysis.verdict === "fail") {
    io.stderr(enforceMessage(analysis));
    return 1;
  }
  for (const [object, added] of enrichmentFor(analysis, annotations)) annotate(object, added);
  const objects = analysis.head.render.resources.map((r) => r.object);
  emitResult(io, format === "json" ? toJsonLines(objects) : toYamlStream(objects), values.output);
  return 0;
}
var ENFORCE_LINES = 20;
function enforceMessage(analysis) {
  const failOn = analysis.head.config.policy.failOn;
  const lines = analysis.findings.filter((f) => !f.suppressed && failsGate(f.level, failOn)).map((f) => `${f.rule}: ${f.message}`);
  for (const r of analysis.resources) {
    for (const f of r.findings) {
      if (f.suppressed || !failsGate(f.level, failOn)) continue;
      lines.push(`${f.rule}: ${r.resource.object.kind}/${r.resource.object.metadata?.name}: ${f.message}`);
    }
  }
  const shown = lines.slice(0, ENFORCE_LINES);
  if (lines.length > ENFORCE_LINES) shown.push(`and ${lines.length - ENFORCE_LINES} more`);
  return `tollgate: refused by policy (${lines.length} failing):
${shown.join("\n")}
`;
}

// src/cli/commands/argocd.ts
var ARGOCD_HELP = `Usage: tollgate argocd generate | tollgate argocd parameters

The Argo CD config-management plugin (see plugin/ and the README).

  generate     render the app in the current directory from Argo CD's environment
               (ARGOCD_APP_*, ARGOCD_APP_PARAMETERS or PARAM_*, ARGOCD_ENV_TOLLGATE_*,
               KUBE_VERSION, KUBE_API_VERSIONS) and print the annotated resources;
               in enforce mode a failing gate exits 1 with nothing on stdout
  parameters   print the plugin's parameter announcements as a JSON array

Admin settings come only from the sidecar's own environment: TOLLGATE_MIN_MODE,
TOLLGATE_REQUIRE_ATTESTATION, TOLLGATE_TRUSTED_KEY, TOLLGATE_TRUSTED_IDENTITY,
TOLLGATE_TRUSTED_ISSUER, TOLLGATE_ADMIN_CONFIG, TOLLGATE_KUSTOMIZE_BUILD_OPTIONS.

Exit status: 0 rendered, 1 refused by enforce mode, 2 parameter, config, input or
render error, 3 attestation required and missing or invalid.
`;
async function argocdCommand(argv, io) {
  const [sub, ...rest] = argv;
  if (sub === void 0 || sub === "--help" || sub === "-h") {
    (sub === void 0 ? io.stderr : io.stdout)(ARGOCD_HELP);
    return sub === void 0 ? 2 : 0;
  }
  if (rest.length) throw new TollgateError("usage", `tollgate argocd ${sub} takes no arguments; Argo CD passes everything in the environment`);
  if (sub === "parameters") {
    io.stdout(`${JSON.stringify(announcements())}
`);
    return 0;
  }
  if (sub === "generate") return generate(io);
  throw new TollgateError("usage", `unknown argocd command ${JSON.stringify(sub)}`, { hint: "use tollgate argocd generate or tollgate argocd parameters" });
}
var string = (request, name) => request.parameters.get(name);
var array = (request, name) => request.parameters.get(name);
var map = (request, name) => request.parameters.get(name);
function toolEnv(env) {
  const base = join(tmpdir(), "tollgate-helm");
  const home = env.HOME && env.HOME !== "/" ? env.HOME : tmpdir();
  return {
    ...env,
    HOME: home,
    HELM_CACHE_HOME: env.HELM_CACHE_HOME || join(base, "cache"),
    HELM_CONFIG_HOME: env.HELM_CONFIG_HOME || join(base, "config"),
    HELM_DATA_HOME: env.HELM_DATA_HOME || join(base, "data")
  };
}
function analyzeOptionsForPlugin(request, appDir, env, signal) {
  const repoRoot = pluginRepoRoot(appDir, request.sourcePath);
  const config = string(request, "config");
  const apiVersions = string(request, "api-versions")?.split(",").map((v) => v.trim()).filter(Boolean);
  const helmParameters = map(request, "helm-parameters") ?? {};
  const labels = map(request, "kustomize-common-labels");
  const admin = readAdminSettings(env);
  return {
    path: appDir,
    repoRoot,
    renderer: string(request, "renderer") ?? "auto",
    release: string(request, "release-name"),
    appName: request.appName,
    namespace: string(request, "namespace"),
    valuesFiles: array(request, "values-files"),
    valuesBase: appDir,
    inlineValues: string(request, "values"),
    set: Object.keys(helmParameters).sort().map((key) => `${key}=${helmParameters[key]}`),
    skipCrds: string(request, "skip-crds") === "true",
    kubeVersion: string(request, "kube-version"),
    apiVersions,
    recurse: string(request, "recurse") === "true",
    include: string(request, "include"),
    exclude: string(request, "exclude"),
    kustomize: {
      images: array(request, "kustomize-images"),
      namePrefix: string(request, "kustomize-name-prefix"),
      nameSuffix: string(request, "kustomize-name-suffix"),
      namespace: string(request, "kustomize-namespace"),
      commonLabels: labels,
      components: array(request, "kustomize-components")
    },
    cluster: { namespace: request.destinationNamespace, kubeVersion: request.kubeVersion, apiVersions: request.apiVersions },
    kustomizeBuildOptions: splitBuildOptions(admin.kustomizeBuildOptions),
    dependencyBuild: true,
    configFile: config === void 0 ? void 0 : realPathInside(repoRoot ?? appDir, resolve(appDir, config), "config file", config),
    cwd: appDir,
    env: toolEnv(env),
    signal
  };
}
async function generate(io) {
  const admin = readAdminSettings(io.env);
  const request = readPluginRequest(io.env);
  for (const warning of request.warnings) io.stderr(`tollgate: warning: ${warning}
`);
  const requested = string(request, "mode") ?? "annotate";
  const mode = admin.minMode === "enforce" ? "enforce" : requested;
  const annotations = string(request, "annotations") ?? "all";
  if (admin.requireAttestation) {
    throw new TollgateError("attestation", "TOLLGATE_REQUIRE_ATTESTATION is set, and this tollgate cannot verify attestations yet", {
      hint: "unset TOLLGATE_REQUIRE_ATTESTATION in the sidecar, or install a tollgate with `tollgate verify`"
    });
  }
  const analysis = await analyzeApp(analyzeOptionsForPlugin(request, io.cwd, io.env, io.signal));
  if (mode === "enforce" && analysis.verdict === "fail") {
    io.stderr(enforceMessage(analysis));
    return 1;
  }
  for (const [object, added] of enrichmentFor(analysis, annotations)) annotate(object, added);
  io.stdout(toYamlStream(analysis.head.render.resources.map((r) => r.object)));
  return 0;
}

// src/report/findings.ts
var ORDER = { error: 0, warning: 1, info: 2 };
function findingCounts(a) {
  const all = [...a.findings, ...a.resources.flatMap((r) => r.findings)];
  const open = all.filter((f) => !f.suppressed);
  return {
    error: open.filter((f) => f.level === "error").length,
    warning: open.filter((f) => f.level === "warning").length,
    info: open.filter((f) => f.level === "info").length,
    suppressed: all.length - open.length
  };
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var COLORS = { error: "\x1B[31m", warning: "\x1B[33m", info: "\x1B[36m" };
var RESET = "\x1B[0m";
var BOLD = "\x1B[1m";
function line(f, color) {
  const where = f.source ? `${f.source.file}:${f.source.line}` : "";
  const suppressed = f.suppressed ? ` [suppressed by ${f.suppressed.by}: ${f.suppressed.reason}${f.suppressed.expires ? `, until ${f.suppressed.expires}` : ""}]` : "";
  const fresh = f.isNew ? " (new)" : "";
  const level = color && !f.suppressed ? `${COLORS[f.level]}${f.level.padEnd(7)}${RESET}` : f.level.padEnd(7);
  return `  ${level}  ${f.rule.padEnd(25)}  ${where.padEnd(30)}  ${f.message}${fresh}${suppressed}`;
}
function findingsPretty(a, color = false) {
  const c = findingCounts(a);
  const out = [`${a.appPath} (${a.renderer}): ${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${c.info} info, ${c.suppressed} suppressed`, ""];
  for (const f of a.findings) out.push(line(f, color));
  if (a.findings.length) out.push("");
  for (const r of a.resources) {
    if (!r.findings.length) continue;
    const o = r.resource.object;
    const at = r.resource.source ? ` (${r.resource.source.file}:${r.resource.source.line})` : "";
    const title = `${o.kind}/${o.metadata?.name ?? ""}${o.metadata?.namespace ? ` in ${o.metadata.namespace}` : ""}${at}`;
    out.push(color ? `${BOLD}${title}${RESET}` : title);
    for (const f of [...r.findings].sort((x, y) => ORDER[x.level] - ORDER[y.level])) out.push(line(f, color));
    out.push("");
  }
  const verdict = `verdict: ${a.verdict} (fails on ${a.head.config.policy.failOn})`;
  out.push(color ? `${a.verdict === "pass" ? "\x1B[32m" : COLORS.error}${verdict}${RESET}` : verdict);
  return `${out.join("\n")}
`;
}

// src/report/format.ts
function formatMoney(value, currency) {
  const rounded = cents(value);
  const text = Math.abs(rounded).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const sign = rounded < 0 ? "-" : "";
  return currency === "USD" ? `${sign}$${text}` : `${sign}${text} ${currency}`;
}
function formatRange(range, currency) {
  const min = formatMoney(range.min, currency);
  const max = formatMoney(range.max, currency);
  return min === max ? min : `${min}\u2013${max}`;
}
function formatChange(before, after, currency) {
  const delta = cents(after) - cents(before);
  const sign = delta > 0 ? "+" : "";
  const money = `${sign}${formatMoney(delta, currency)}`;
  if (cents(before) === 0) return money;
  const percent = Math.round(delta / cents(before) * 1e3) / 10;
  return `${money} (${percent > 0 ? "+" : ""}${percent}%)`;
}
function formatAmount(value) {
  return String(Math.round(value * 1e3) / 1e3);
}

// src/report/cost-table.ts
function replicasOf(cost) {
  if (cost.perRun !== void 0) return "per run";
  if (!cost.replicas) return "-";
  return cost.replicas.min === cost.replicas.max ? String(cost.replicas.min) : `${cost.replicas.min}\u2013${cost.replicas.max}`;
}
function costRows(a) {
  const basis = a.head.config.budgets.basis;
  const rows = [];
  for (const r of a.resources) {
    const cost = r.change === "removed" ? r.baseCost : r.cost;
    if (!cost) continue;
    const o = r.resource.object;
    const pod = cost.pod;
    const row = {
      resource: `${o.kind}/${o.metadata?.name ?? ""}`,
      namespace: o.metadata?.namespace ?? "",
      replicas: replicasOf(cost),
      cpu: pod ? formatAmount(pod.cpu) : "-",
      memory: pod ? `${formatAmount(pod.memoryGiB)} GiB` : "-",
      gpu: pod && pod.gpus > 0 ? `${formatAmount(pod.gpus)}${pod.gpuType ? ` ${pod.gpuType}` : ""}` : "-",
      monthly: cost.perRun !== void 0 ? `${formatMoney(cost.perRun, a.currency)}/run` : formatRange(cost.monthly, a.currency)
    };
    if (a.base) {
      if (r.change === "removed") row.change = `removed (${formatChange(cost.monthly[basis], 0, a.currency)})`;
      else if (r.change === "added") row.change = `added (${formatChange(0, cost.monthly[basis], a.currency)})`;
      else row.change = formatChange(r.baseCost?.monthly[basis] ?? 0, cost.monthly[basis], a.currency);
    }
    rows.push(row);
  }
  return rows;
}

// src/report/summary.ts
function cell(text) {
  return text.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replaceAll("\n", " ").replaceAll("<", "&lt;");
}
var LEVEL_ORDER = { error: 0, warning: 1, info: 2 };
var CATEGORIES = ["cpu", "memory", "gpu", "storage", "network"];
var basisOf = (a) => a.head.config.budgets.basis;
var plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function totals(analyses) {
  let before = 0;
  let after = 0;
  for (const a of analyses) {
    after += cents(a.head.totals.monthly[basisOf(a)]);
    if (a.base) before += cents(a.base.totals.monthly[basisOf(a)]);
  }
  return { before, after, withBase: analyses.some((a) => a.base) };
}
function verdictSentence(analyses, currency) {
  const failing = analyses.filter((a) => a.verdict === "fail");
  const { before, after, withBase } = totals(analyses);
  const apps = plural2(analyses.length, "app");
  const cost = withBase ? `${formatMoney(after, currency)} a month, ${formatChange(before, after, currency)} against the base` : `${formatMoney(after, currency)} a month`;
  return failing.length ? `\u274C **The gate fails** for ${failing.length === analyses.length && analyses.length === 1 ? `\`${analyses[0].appPath}\`` : `${failing.length} of ${apps}`}: ${cost}.` : `\u2705 **The gate passes** (${apps}): ${cost}.`;
}
function costTable(analyses, currency) {
  const out = ["| App | Baseline | New | Change |", "|---|---:|---:|---:|"];
  for (const a of analyses) {
    const basis = basisOf(a);
    const after = a.head.totals.monthly[basis];
    const icon = a.verdict === "pass" ? "\u2705" : "\u274C";
    if (a.base) {
      const before = a.base.totals.monthly[basis];
      out.push(`| ${icon} \`${cell(a.appPath)}\`${a.unchanged ? " (unchanged)" : ""} | ${formatMoney(before, currency)} | ${formatMoney(after, currency)} | ${formatChange(before, after, currency)} |`);
    } else {
      out.push(`| ${icon} \`${cell(a.appPath)}\` | \u2014 | ${formatMoney(after, currency)} | \u2014 |`);
    }
  }
  if (analyses.length > 1) {
    const { before, after, withBase } = totals(analyses);
    out.push(`| **Total** | ${withBase ? formatMoney(before, currency) : "\u2014"} | **${formatMoney(after, currency)}** | ${withBase ? formatChange(before, after, currency) : "\u2014"} |`);
  }
  return out;
}
function findingChanges(analyses) {
  const lines = [];
  for (const a of analyses) {
    if (!a.base || a.unchanged) continue;
    const added = a.resources.flatMap((r) => r.findings).filter((f) => f.isNew && !f.suppressed).length;
    if (added === 0 && a.resolved.length === 0) continue;
    const policyChanged = JSON.stringify(a.base.config.policy) !== JSON.stringify(a.head.config.policy);
    const parts = [added ? `${plural2(added, "new finding")}` : "", a.resolved.length ? `${a.resolved.length} resolved` : ""].filter(Boolean).join(", ");
    lines.push(`- \`${cell(a.appPath)}\`: ${parts}${policyChanged ? " \u2014 the policy in `.tollgate.yaml` changed" : ""}`);
    for (const r of a.resolved.slice(0, 5)) lines.push(`  - resolved: \`${r.rule}\` on ${cell(r.resource)}`);
    if (a.resolved.length > 5) lines.push(`  - \u2026and ${a.resolved.length - 5} more resolved`);
  }
  return lines.length ? ["**What this change does to findings**", "", ...lines, ""] : [];
}
function topFindings(analyses, limit) {
  const rows = [];
  for (const a of analyses) {
    for (const f of a.findings) if (!f.suppressed) rows.push({ a, name: "", f });
    for (const r of a.resources) {
      if (r.change === "removed") continue;
      const name = `${r.resource.object.kind}/${r.resource.object.metadata?.name ?? ""}`;
      for (const f of r.findings) if (!f.suppressed) rows.push({ a, name, f });
    }
  }
  if (!rows.length) return [];
  rows.sort((x, y) => Number(Boolean(y.f.isNew)) - Number(Boolean(x.f.isNew)) || LEVEL_ORDER[x.f.level] - LEVEL_ORDER[y.f.level]);
  const out = [`**Top findings** (${rows.length} in all)`, "", "| Level | Rule | Resource | Where | Message |", "|---|---|---|---|---|"];
  for (const { a, name, f } of rows.slice(0, limit)) {
    const where = f.source ? `\`${cell(f.source.file)}:${f.source.line}\`` : analyses.length > 1 ? `\`${cell(a.appPath)}\`` : "";
    out.push(`| ${f.level}${f.isNew ? " (new)" : ""} | \`${f.rule}\` | ${cell(name)} | ${where} | ${cell(f.message)} |`);
  }
  if (rows.length > limit) out.push("", `\u2026and ${rows.length - limit} more.`);
  return [...out, ""];
}
function costPie(analyses, currency) {
  const sums = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  for (const a of analyses) {
    for (const r of a.resources) {
      if (r.change === "removed" || !r.cost) continue;
      for (const c of CATEGORIES) sums[c] += r.cost.breakdown[c];
    }
  }
  const slices = CATEGORIES.filter((c) => cents(sums[c]) > 0);
  if (!slices.length) return [];
  return ["```mermaid", `pie showData title New monthly cost by category (${currency})`, ...slices.map((c) => `    "${c}" : ${cents(sums[c]).toFixed(2)}`), "```", ""];
}
function details(a) {
  const rows = costRows(a);
  if (!rows.length) return [];
  const withChange = Boolean(a.base);
  const out = [`<details><summary>Cost per resource: <code>${cell(a.appPath)}</code></summary>`, ""];
  out.push(`| Resource | Replicas | CPU/pod | Memory/pod | GPU/pod | Monthly |${withChange ? " Change |" : ""}`);
  out.push(`|---|---:|---:|---:|---:|---:|${withChange ? "---:|" : ""}`);
  for (const r of rows) {
    const name = r.namespace ? `${r.namespace}/${r.resource}` : r.resource;
    out.push(`| ${cell(name)} | ${r.replicas} | ${r.cpu} | ${r.memory} | ${cell(r.gpu)} | ${r.monthly} |${withChange ? ` ${r.change} |` : ""}`);
  }
  return [...out, "", "</details>", ""];
}
function summaryMarkdown(analyses, options = {}) {
  if (!analyses.length) return "### tollgate\n\nNo app matched the given paths.\n";
  const currency = analyses[0].currency;
  const out = ["### tollgate", "", verdictSentence(analyses, currency), "", ...costTable(analyses, currency), ""];
  const reasons = analyses.flatMap((a2) => a2.reasons.map((r) => analyses.length > 1 ? `\`${cell(a2.appPath)}\`: ${cell(r)}` : cell(r)));
  if (reasons.length) {
    out.push("**Why it fails**", "", ...reasons.slice(0, 10).map((r) => `- ${r}`));
    if (reasons.length > 10) out.push(`- \u2026and ${reasons.length - 10} more`);
    out.push("");
  }
  out.push(...findingChanges(analyses));
  out.push(...topFindings(analyses, options.findingLimit ?? 10));
  if (options.annotationOverflow) out.push(`<sub>${plural2(options.annotationOverflow, "finding")} did not fit in this step's line annotations (GitHub shows 10 per level); all are listed in the report and SARIF files.</sub>`, "");
  out.push(...costPie(analyses, currency));
  if (options.details !== false) for (const a2 of analyses) out.push(...details(a2));
  const a = analyses[0];
  out.push(`<sub>Prices: ${a.head.prices.profile} profile, ${currency}, ${a.head.prices.hoursPerMonth} hours a month. Ranges come from autoscalers; budgets and this table use the ${basisOf(a)} figure.</sub>`);
  return `${out.join("\n")}
`;
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var SARIF_LEVEL = { error: "error", warning: "warning", info: "note" };
var SEVERITY = { error: "8.0", warning: "5.0", info: "2.0" };
var BUDGET_RULES = [
  { id: "budget-total", title: "App within its monthly budget", description: "The app costs more per month than budgets.total." },
  { id: "budget-workload", title: "Workload within its monthly budget", description: "A workload costs more per month than budgets.workload." },
  { id: "budget-namespace", title: "Namespace within its monthly budget", description: "A namespace costs more per month than its budget." },
  { id: "budget-increase", title: "Change within its increase budget", description: "The change adds more than budgets.increase allows." }
];
function fingerprint(...parts) {
  return createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 32);
}
function reportSarif(analyses) {
  const rules = [
    ...RULES.map((r) => ({ id: r.id, title: r.title, description: r.description, help: `${r.description}

Why: ${r.rationale}`, level: r.level, tags: r.frameworks })),
    ...BUDGET_RULES.map((r) => ({ ...r, help: r.description, level: "error", tags: ["FinOps"] }))
  ];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = [];
  for (const a of analyses) {
    const add = (f, resourceId, fallbackFile) => {
      if (f.suppressed) return;
      const file = f.source?.file ?? fallbackFile;
      results.push({
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: SARIF_LEVEL[f.level],
        message: { text: f.message },
        locations: file ? [{ physicalLocation: { artifactLocation: { uri: file, uriBaseId: "%SRCROOT%" }, region: { startLine: f.source?.line ?? 1 } }, logicalLocations: [{ name: resourceId, kind: "resource" }] }] : [],
        partialFingerprints: { "tollgate/v1": fingerprint(a.appPath, resourceId, f.rule, f.path ?? "") }
      });
    };
    const configFile = a.head.configFiles.at(-1);
    const appFile = configFile ? displayPath(a.repoRoot, configFile) : a.resources.find((r) => r.resource.source)?.resource.source?.file;
    for (const f of a.findings) add(f, a.appPath, appFile);
    for (const r of a.resources) for (const f of r.findings) add(f, identity(r.resource.object), r.resource.source?.file);
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "tollgate",
            version: VERSION,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.description },
              help: { text: r.help },
              defaultConfiguration: { level: SARIF_LEVEL[r.level] },
              properties: { tags: r.tags, "security-severity": SEVERITY[r.level] }
            }))
          }
        },
        results
      }
    ]
  };
}

// src/cli/commands/check.ts
var CHECK_HELP = `Usage: tollgate check [PATH] [source flags] [analysis flags] [--base PATH | --base-ref GITREF] [--format pretty|json|sarif|markdown] [--fail-on error|warning|never]

Renders the app at PATH (default .) as Argo CD would and checks every resource
against tollgate's rules and the policy of .tollgate.yaml: pod security,
supply chain, resources, network segmentation, secrets, reliability, budgets.
Each finding names its rule, level, file and line.

  --format pretty|json|sarif|markdown   report format (default pretty); SARIF 2.1.0 for GitHub code scanning
  --base PATH, --base-ref GITREF  mark each finding new or existing against a base (each side checked with its own config)
  --fail-on error|warning|never   the lowest level that fails (default: policy.failOn, else error)
  --config FILE, --prices FILE, --price-profile NAME, --output FILE   as for \`tollgate cost\`

Exit status: 0 passed, 1 failed, 2 usage, config, input or render error.
`;
var FORMATS = ["pretty", "json", "sarif", "markdown"];
var FAIL_ON = ["error", "warning", "never"];
async function checkCommand(argv, io) {
  const { values, positionals } = parseCommandArgs("check", argv, {
    ...SOURCE_FLAGS,
    ...ANALYSIS_FLAGS,
    ...COMMON_FLAGS,
    format: { type: "string" },
    "fail-on": { type: "string" },
    base: { type: "string" },
    "base-ref": { type: "string" }
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  const format = values.format ?? "pretty";
  if (!FORMATS.includes(format)) throw new TollgateError("usage", `--format ${format} is not one of ${FORMATS.join(", ")}`);
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !FAIL_ON.includes(failOn)) throw new TollgateError("usage", `--fail-on ${failOn} is not one of ${FAIL_ON.join(", ")}`);
  const options = analyzeOptionsFrom(values, positionals, io);
  options.failOn = failOn;
  const analysis = await analyzeApp(options);
  for (const warning of analysis.warnings) io.stderr(`tollgate: warning: ${warning}
`);
  const text = format === "json" ? `${JSON.stringify(reportJson(analysis), null, 2)}
` : format === "sarif" ? `${JSON.stringify(reportSarif([analysis]), null, 2)}
` : format === "markdown" ? summaryMarkdown([analysis], { findingLimit: 50, details: false }) : findingsPretty(analysis, Boolean(io.color) && !values.output);
  emitResult(io, text, values.output);
  return analysis.verdict === "fail" ? 1 : 0;
}

// src/report/pretty.ts
var NUMERIC = /* @__PURE__ */ new Set(["replicas", "cpu", "memory", "gpu", "monthly", "change"]);
function table(headers, rows, footer) {
  const all = [Object.fromEntries(headers.map(([k, h]) => [k, h])), ...rows, footer];
  const width = headers.map(([k]) => Math.max(...all.map((r) => (r[k] ?? "").length)));
  return all.map(
    (row, i) => headers.map(([k], c) => {
      const text = row[k] ?? "";
      const right = NUMERIC.has(k) && i > 0;
      return right ? text.padStart(width[c]) : text.padEnd(width[c]);
    }).join("  ").trimEnd()
  ).join("\n");
}
function reportPretty(a) {
  const rows = costRows(a);
  const basis = a.head.config.budgets.basis;
  const headers = [
    ["resource", "RESOURCE"],
    ...rows.some((r) => r.namespace) ? [["namespace", "NAMESPACE"]] : [],
    ["replicas", "REPLICAS"],
    ["cpu", "CPU/POD"],
    ["memory", "MEMORY/POD"],
    ["gpu", "GPU/POD"],
    ["monthly", "MONTHLY"]
  ];
  const footer = { resource: "TOTAL", monthly: formatRange(a.head.totals.monthly, a.currency) };
  if (a.base) {
    headers.push(["change", "CHANGE"]);
    footer.change = formatChange(a.base.totals.monthly[basis], a.head.totals.monthly[basis], a.currency);
  }
  const lines = [
    `${a.appPath} (${a.renderer}), prices: ${a.head.prices.profile}, ${a.currency} per month`,
    "",
    rows.length ? table(headers, rows, footer) : "no resources with a cost",
    ""
  ];
  if (a.base) lines.push(`base ${formatRange(a.base.totals.monthly, a.currency)} \u2192 head ${formatRange(a.head.totals.monthly, a.currency)}`);
  lines.push(`verdict: ${a.verdict}${a.reasons.length ? `
${a.reasons.map((r) => `  - ${r}`).join("\n")}` : ""}`);
  return `${lines.join("\n")}
`;
}

// src/cli/commands/cost.ts
var COST_HELP = `Usage: tollgate cost [PATH] [source flags] [analysis flags] [--base PATH | --base-ref GITREF] [--format pretty|json|markdown]

Renders the app at PATH (default .) as Argo CD would and estimates what each
resource costs per month, with autoscaler ranges, and the total. With a base,
shows what the change adds or removes. Budgets and policy in .tollgate.yaml gate.

Analysis flags:
  --config FILE                  the config (default: the nearest .tollgate.yaml)
  --prices FILE                  a prices file or OpenCost custom-pricing JSON, merged over the profile
  --price-profile NAME           opencost (default), aws, gcp or azure
  --scan-results FILE            Trivy or Grype JSON report of the images (repeatable)
  --output FILE                  write the report there instead of stdout

Comparison:
  --base PATH                    compare with the app rendered from PATH
  --base-ref GITREF              compare with the app as it is at GITREF (checked out in a temp worktree)

  --format pretty|json|markdown  report format (default pretty)

Source flags: as for \`tollgate render\` (see tollgate render --help).

Exit status: 0 the gate passed, 1 it failed (a broken budget, or a policy finding at or
above policy.failOn: see tollgate check), 2 usage, config, input or render error.
`;
var FORMATS2 = ["pretty", "json", "markdown"];
async function costCommand(argv, io) {
  const { values, positionals } = parseCommandArgs("cost", argv, {
    ...SOURCE_FLAGS,
    ...ANALYSIS_FLAGS,
    ...COMMON_FLAGS,
    base: { type: "string" },
    "base-ref": { type: "string" },
    format: { type: "string" }
  });
  if (values.help) {
    io.stdout(COST_HELP);
    return 0;
  }
  const format = values.format ?? "pretty";
  if (!FORMATS2.includes(format)) throw new TollgateError("usage", `--format ${format} is not one of ${FORMATS2.join(", ")}`);
  const analysis = await analyzeApp(analyzeOptionsFrom(values, positionals, io));
  for (const warning of analysis.warnings) io.stderr(`tollgate: warning: ${warning}
`);
  const text = format === "json" ? `${JSON.stringify(reportJson(analysis), null, 2)}
` : format === "markdown" ? summaryMarkdown([analysis]) : reportPretty(analysis);
  emitResult(io, text, values.output);
  return analysis.verdict === "fail" ? 1 : 0;
}

// src/cli/main.ts
var HELP = `tollgate ${VERSION}: cost and policy gate for Kubernetes apps deployed with Argo CD

Usage: tollgate <command> [PATH] [flags]

Commands:
  render     render an app as Argo CD would and print the resources, annotated with their cost
  cost       estimate what an app costs per month, and what a change adds; budgets gate
  check      check an app against policy (pod security, supply chain, resources, network, secrets, reliability, budgets)
  argocd     the Argo CD config-management plugin: \`argocd generate\`, \`argocd parameters\`

Run \`tollgate <command> --help\` for a command's flags.
Flags: --version, --help
`;
var COMMANDS = {
  render: renderCommand,
  cost: costCommand,
  check: checkCommand,
  argocd: argocdCommand
};
async function main(argv, io) {
  const [command, ...rest] = argv;
  try {
    if (command === void 0) {
      io.stderr(HELP);
      return 2;
    }
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(HELP);
      return 0;
    }
    if (command === "--version" || command === "version") {
      io.stdout(`tollgate ${VERSION}
`);
      return 0;
    }
    const run = COMMANDS[command];
    if (!run) {
      throw new TollgateError("usage", `unknown command ${JSON.stringify(command)}`, { hint: "run `tollgate --help` for the list of commands" });
    }
    return await run(rest, io);
  } catch (error) {
    if (error instanceof TollgateError) {
      io.stderr(`${formatError(error)}
`);
      if (io.env.TOLLGATE_DEBUG === "1" && error.stack) io.stderr(`${error.stack}
`);
      return error.exitCode;
    }
    io.stderr(`tollgate: internal error: ${error?.message ?? String(error)}
`);
    io.stderr(io.env.TOLLGATE_DEBUG === "1" ? `${error?.stack}
` : "  this is a bug in tollgate; rerun with TOLLGATE_DEBUG=1 and report the output\n");
    return 2;
  }
}
export {
  HELP,
  main
};
