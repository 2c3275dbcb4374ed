import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  plural,
  summaryMarkdown
} from "./chunk-OSZLF665.js";
import {
  reportJson
} from "./chunk-RDV5K2UF.js";
import {
  VERSION
} from "./chunk-H6ZMV7O4.js";
import {
  emitResult
} from "./chunk-GEBOHM7Y.js";
import {
  ANALYSIS_FLAGS,
  COMMON_FLAGS,
  SOURCE_FLAGS,
  analyzeOptionsFrom,
  parseCommandArgs
} from "./chunk-VVPHGAZ2.js";
import {
  RULES,
  analyzeApp,
  displayPath
} from "./chunk-PKDCNJZF.js";
import "./chunk-FR6RCKLQ.js";
import {
  identity
} from "./chunk-AKDDKKA4.js";
import {
  TollgateError
} from "./chunk-4DMKZ7XV.js";
import "./chunk-S6SOTGYE.js";

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
export {
  CHECK_HELP,
  checkCommand
};
