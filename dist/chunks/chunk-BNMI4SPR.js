import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  require_fast_json_patch
} from "./chunk-C4MB7OAS.js";
import {
  failsGate
} from "./chunk-PKDCNJZF.js";
import {
  NOT_RESOLVED,
  cents,
  centsText,
  resolvePlainScalar
} from "./chunk-AKDDKKA4.js";
import {
  __toESM
} from "./chunk-S6SOTGYE.js";

// src/enrich/annotate.ts
var import_fast_json_patch = __toESM(require_fast_json_patch(), 1);
var money = centsText;
function costAnnotations(cost, kind) {
  if (!cost) return {};
  const out = {};
  const b = cost.breakdown;
  const breakdown = `{"cpu":${cents(b.cpu)},"memory":${cents(b.memory)},"gpu":${cents(b.gpu)},"storage":${cents(b.storage)},"network":${cents(b.network)}}`;
  if (cost.perRun !== void 0 && kind === "Job") {
    out["tollgate.dev/cost-per-run"] = money(cost.perRun);
    return out;
  }
  out["tollgate.dev/monthly-cost"] = money(cost.monthly.min);
  if (money(cost.monthly.max) !== money(cost.monthly.min)) out["tollgate.dev/monthly-cost-max"] = money(cost.monthly.max);
  out["tollgate.dev/cost-breakdown"] = breakdown;
  return out;
}
var escape = (key2) => key2.replaceAll("~", "~0").replaceAll("/", "~1");
function annotate(object, annotations) {
  const keys = Object.keys(annotations);
  if (keys.length === 0) return;
  const ops = [];
  if (!object.metadata || typeof object.metadata !== "object") ops.push({ op: "add", path: "/metadata", value: {} });
  if (!object.metadata?.annotations || typeof object.metadata.annotations !== "object") {
    ops.push({ op: "add", path: "/metadata/annotations", value: { ...annotations } });
  } else {
    for (const key2 of keys) ops.push({ op: "add", path: `/metadata/annotations/${escape(key2)}`, value: annotations[key2] });
  }
  import_fast_json_patch.default.applyPatch(object, ops, false, true);
}
function enrichmentFor(analysis, mode) {
  const out = /* @__PURE__ */ new Map();
  if (mode === "none") return out;
  const failOn = analysis.head.config.policy.failOn;
  for (const r of analysis.resources) {
    if (r.change === "removed") continue;
    const annotations = mode === "all" ? costAnnotations(r.cost, r.resource.object.kind) : {};
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    let fails = false;
    const rules = /* @__PURE__ */ new Set();
    for (const f of r.findings) {
      if (f.suppressed) continue;
      if (f.level === "error") errors++;
      else if (f.level === "warning") warnings++;
      else infos++;
      rules.add(f.rule);
      fails ||= failsGate(f.level, failOn);
    }
    if (rules.size) {
      const counts = [errors ? `error=${errors}` : "", warnings ? `warning=${warnings}` : "", infos ? `info=${infos}` : ""];
      annotations["tollgate.dev/findings"] = counts.filter(Boolean).join(",");
      annotations["tollgate.dev/rules"] = [...rules].sort().join(",");
    }
    annotations["tollgate.dev/verdict"] = fails ? "fail" : "pass";
    out.set(r.resource.object, annotations);
  }
  return out;
}

// src/manifest/emit.ts
var PLAIN_BODY = /^[A-Za-z0-9_./-][\x20-\x22\x24-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;
var NEEDS_ESCAPE_IN_JSON_OUTPUT = /[\u0085\u2028\u2029\ufeff]/;
var ESCAPE_IN_JSON_OUTPUT = /[\u0085\u2028\u2029\ufeff]/g;
var LITERAL_SAFE = /^[\t\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;
function isPlainSafe(s) {
  if (!PLAIN_BODY.test(s)) return false;
  const last = s.charCodeAt(s.length - 1);
  if (last === 32 || last === 58) return false;
  if (s.charCodeAt(0) === 45 && (s.length === 1 || s.charCodeAt(1) === 32)) return false;
  if (s.includes(": ") || s.includes(" #")) return false;
  return resolvePlainScalar(s) === NOT_RESOLVED;
}
var SINGLE_QUOTABLE = /^[\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;
function quoted(s) {
  if ((s.includes('"') || s.includes("\\")) && SINGLE_QUOTABLE.test(s)) return `'${s.replaceAll("'", "''")}'`;
  const json = JSON.stringify(s);
  return NEEDS_ESCAPE_IN_JSON_OUTPUT.test(json) ? json.replace(ESCAPE_IN_JSON_OUTPUT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json;
}
function literalBlock(s, indent) {
  if (!LITERAL_SAFE.test(s)) return void 0;
  const lines = s.split("\n");
  let chomp;
  if (lines[lines.length - 1] !== "") chomp = "-";
  else if (lines.length >= 2 && lines[lines.length - 2] !== "") {
    chomp = "";
    lines.pop();
  } else return void 0;
  let firstContent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") continue;
    if (line.trim() === "") return void 0;
    if (firstContent < 0) {
      firstContent = i;
      if (line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9) return void 0;
    }
  }
  if (firstContent < 0) return void 0;
  let out = `|${chomp}`;
  for (const line of lines) out += line === "" ? "\n" : `
${indent}${line}`;
  return out;
}
var shortValueCache = /* @__PURE__ */ new Map();
function scalar(value, indent) {
  switch (typeof value) {
    case "string": {
      if (value.includes("\n")) return literalBlock(value, indent) ?? quoted(value);
      if (value.length > 64) return isPlainSafe(value) ? value : quoted(value);
      let written = shortValueCache.get(value);
      if (written === void 0) {
        written = isPlainSafe(value) ? value : quoted(value);
        if (shortValueCache.size < 5e4) shortValueCache.set(value, written);
      }
      return written;
    }
    case "number":
      return String(value);
    case "boolean":
      return value ? "true" : "false";
    default:
      return "null";
  }
}
var keyCache = /* @__PURE__ */ new Map();
function key(k) {
  let written = keyCache.get(k);
  if (written === void 0) {
    written = isPlainSafe(k) ? k : quoted(k);
    if (keyCache.size < 1e4) keyCache.set(k, written);
  }
  return written;
}
function isEmptyCollection(value) {
  if (Array.isArray(value)) return value.length === 0 ? "[]" : void 0;
  if (value !== null && typeof value === "object") {
    for (const _ in value) return void 0;
    return "{}";
  }
  return void 0;
}
function writeMapping(obj, indent, firstPrefix) {
  let out = "";
  let first = true;
  const childIndent = `${indent}  `;
  for (const k in obj) {
    const v = obj[k];
    if (v === void 0) continue;
    out += first ? firstPrefix : indent;
    first = false;
    out += key(k);
    out += ":";
    if (v !== null && typeof v === "object") {
      const empty = isEmptyCollection(v);
      if (empty) out += ` ${empty}
`;
      else if (Array.isArray(v)) out += `
${writeSequence(v, indent)}`;
      else out += `
${writeMapping(v, childIndent, childIndent)}`;
    } else {
      out += ` ${scalar(v, childIndent)}
`;
    }
  }
  return out;
}
function writeSequence(list, indent) {
  let out = "";
  const itemIndent = `${indent}  `;
  for (const item of list) {
    if (item !== null && typeof item === "object") {
      const empty = isEmptyCollection(item);
      if (empty) out += `${indent}- ${empty}
`;
      else if (Array.isArray(item)) out += writeNestedSequence(item, itemIndent, `${indent}- `);
      else out += writeMapping(item, itemIndent, `${indent}- `);
    } else {
      out += `${indent}- ${scalar(item ?? null, itemIndent)}
`;
    }
  }
  return out;
}
function writeNestedSequence(list, indent, firstPrefix) {
  const body = writeSequence(list, indent);
  return firstPrefix + body.slice(indent.length);
}
function toYaml(value) {
  if (value !== null && typeof value === "object") {
    const empty = isEmptyCollection(value);
    if (empty) return `${empty}
`;
    if (Array.isArray(value)) return writeSequence(value, "");
    return writeMapping(value, "", "");
  }
  return `${scalar(value, "  ")}
`;
}
function toYamlStream(values) {
  let out = "";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += "---\n";
    out += toYaml(values[i]);
  }
  return out;
}
function toJsonLines(values) {
  let out = "";
  for (const value of values) out += `${JSON.stringify(value)}
`;
  return out;
}

export {
  costAnnotations,
  annotate,
  enrichmentFor,
  toYaml,
  toYamlStream,
  toJsonLines
};
