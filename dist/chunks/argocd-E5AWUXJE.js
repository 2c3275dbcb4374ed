import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  PARAMETERS,
  announcements,
  paramEnvName
} from "./chunk-NLKDCK6D.js";
import {
  enforceMessage
} from "./chunk-AG6VQUM6.js";
import {
  annotate,
  enrichmentFor,
  toYamlStream
} from "./chunk-BNMI4SPR.js";
import "./chunk-C4MB7OAS.js";
import "./chunk-GEBOHM7Y.js";
import {
  splitBuildOptions
} from "./chunk-VVPHGAZ2.js";
import {
  analyzeApp,
  realPathInside
} from "./chunk-PKDCNJZF.js";
import "./chunk-FR6RCKLQ.js";
import {
  decodeDocument
} from "./chunk-AKDDKKA4.js";
import {
  TollgateError
} from "./chunk-4DMKZ7XV.js";
import "./chunk-S6SOTGYE.js";

// src/cli/commands/argocd.ts
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// src/argocd/request.ts
import { basename, dirname, sep } from "node:path";
var BY_NAME = new Map(PARAMETERS.map((p) => [p.name, p]));
var ADMIN_ENV = ["MIN_MODE", "REQUIRE_ATTESTATION", "TRUSTED_KEY", "TRUSTED_IDENTITY", "TRUSTED_ISSUER", "TRUSTED_ROOT", "GITHUB_TOKEN", "GITHUB_API_URL", "ADMIN_CONFIG", "KUSTOMIZE_BUILD_OPTIONS", "NOW", "EXEC_TIMEOUT", "HELM", "KUSTOMIZE", "DEBUG"];
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
    let parsed;
    try {
      parsed = decodeDocument(values);
    } catch (error) {
      throw parameterError(`plugin parameter values is not valid YAML: ${error.message.split("\n")[0]}`);
    }
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
    trustedRoot: nonEmpty(env.TOLLGATE_TRUSTED_ROOT),
    adminConfig: nonEmpty(env.TOLLGATE_ADMIN_CONFIG),
    kustomizeBuildOptions: nonEmpty(env.TOLLGATE_KUSTOMIZE_BUILD_OPTIONS),
    githubToken: nonEmpty(env.TOLLGATE_GITHUB_TOKEN),
    githubApiUrl: nonEmpty(env.TOLLGATE_GITHUB_API_URL)
  };
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
function analyzeOptionsForPlugin(request, admin, appDir, env, signal) {
  const repoRoot = pluginRepoRoot(appDir, request.sourcePath);
  const config = string(request, "config");
  const apiVersions = string(request, "api-versions")?.split(",").map((v) => v.trim()).filter(Boolean);
  const helmParameters = map(request, "helm-parameters") ?? {};
  const labels = map(request, "kustomize-common-labels");
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
  const analysis = await analyzeApp(analyzeOptionsForPlugin(request, admin, io.cwd, io.env, io.signal));
  if (admin.requireAttestation || string(request, "require-attestation") === "true") {
    const { requireAttestation } = await import("./attestation-NCWFGHQL.js");
    await requireAttestation(analysis, admin, request.repoURL, io.signal);
  }
  if (mode === "enforce" && analysis.verdict === "fail") {
    io.stderr(enforceMessage(analysis));
    return 1;
  }
  for (const [object, added] of enrichmentFor(analysis, annotations)) annotate(object, added);
  io.stdout(toYamlStream(analysis.head.render.resources.map((r) => r.object)));
  return 0;
}
export {
  ARGOCD_HELP,
  analyzeOptionsForPlugin,
  argocdCommand
};
