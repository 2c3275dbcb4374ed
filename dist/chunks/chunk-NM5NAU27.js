import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-H6ZMV7O4.js";
import {
  canonicalJson,
  cents,
  identity
} from "./chunk-AKDDKKA4.js";

// src/attest/statement.ts
import { createHash } from "node:crypto";
var STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
var PREDICATE_TYPE = "https://tollgate.dev/render/v1";
var PAYLOAD_TYPE = "application/vnd.in-toto+json";
function canonicalRender(objects) {
  const lines = objects.map((object) => ({ key: identity(object), text: canonicalJson(withoutTollgate(object)) }));
  lines.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
  return lines.map((l) => `${l.text}
`).join("");
}
function withoutTollgate(object) {
  const annotations = object.metadata?.annotations;
  if (!annotations || !Object.keys(annotations).some((k) => k.startsWith("tollgate.dev/"))) return object;
  const kept = Object.fromEntries(Object.entries(annotations).filter(([k]) => !k.startsWith("tollgate.dev/")));
  const metadata = { ...object.metadata };
  if (Object.keys(kept).length) metadata.annotations = kept;
  else delete metadata.annotations;
  return { ...object, metadata };
}
var sha256 = (text) => createHash("sha256").update(text).digest("hex");
function renderDigest(objects) {
  return sha256(canonicalRender(objects));
}
function buildStatement(analysis, sbom, extras = {}) {
  const findings = {};
  for (const f of [...analysis.findings, ...analysis.resources.flatMap((r) => r.findings)]) if (!f.suppressed) findings[f.rule] = (findings[f.rule] ?? 0) + 1;
  const monthly = analysis.head.totals.monthly;
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name: `${analysis.appPath}.render.jsonl`, digest: { sha256: renderDigest(analysis.head.render.resources.map((r) => r.object)) } }],
    predicateType: PREDICATE_TYPE,
    predicate: {
      tollgate: { version: VERSION },
      app: analysis.appPath,
      ...extras.commit ? { commit: extras.commit } : {},
      inputs: analysis.head.render.inputs,
      ...extras.tools ? { tools: extras.tools } : {},
      cost: { currency: analysis.currency, monthly: { min: cents(monthly.min), max: cents(monthly.max) } },
      verdict: analysis.verdict,
      findings: Object.fromEntries(Object.entries(findings).sort(([a], [b]) => a < b ? -1 : 1)),
      sbom: { mediaType: "application/vnd.cyclonedx+json;version=1.6", digest: { sha256: sha256(sbom) } }
    }
  };
}
var INPUT_NAMES = {
  renderer: "renderer",
  releaseName: "release",
  namespace: "namespace",
  kubeVersion: "Kubernetes version",
  apiVersions: "API versions",
  valuesFiles: "values files",
  setKeys: "--set keys",
  kustomize: "Kustomize options",
  kustomizeBuildOptions: "kustomize build options",
  recurse: "recurse",
  include: "include",
  exclude: "exclude"
};
var shown = (value) => value === void 0 ? "none" : typeof value === "string" ? JSON.stringify(value) : canonicalJson(value);
function inputDifference(recorded, current) {
  if (recorded.app !== current.app) return `attested for app ${JSON.stringify(recorded.app)}, syncing ${JSON.stringify(current.app)}`;
  for (const [key, name] of Object.entries(INPUT_NAMES)) {
    const a = recorded.inputs[key];
    const b = current.inputs[key];
    if (canonicalJson(a ?? null) !== canonicalJson(b ?? null)) return `attested with ${name} ${shown(a)}, syncing as ${shown(b)}`;
  }
  return void 0;
}

export {
  STATEMENT_TYPE,
  PREDICATE_TYPE,
  PAYLOAD_TYPE,
  renderDigest,
  buildStatement,
  inputDifference
};
