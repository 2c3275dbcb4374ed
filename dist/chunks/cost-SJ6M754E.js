import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  costRows,
  formatChange,
  formatRange,
  summaryMarkdown
} from "./chunk-OSZLF665.js";
import {
  reportJson
} from "./chunk-RDV5K2UF.js";
import "./chunk-H6ZMV7O4.js";
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
  analyzeApp
} from "./chunk-PKDCNJZF.js";
import "./chunk-FR6RCKLQ.js";
import "./chunk-AKDDKKA4.js";
import {
  TollgateError
} from "./chunk-4DMKZ7XV.js";
import "./chunk-S6SOTGYE.js";

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
var FORMATS = ["pretty", "json", "markdown"];
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
  if (!FORMATS.includes(format)) throw new TollgateError("usage", `--format ${format} is not one of ${FORMATS.join(", ")}`);
  const analysis = await analyzeApp(analyzeOptionsFrom(values, positionals, io));
  for (const warning of analysis.warnings) io.stderr(`tollgate: warning: ${warning}
`);
  const text = format === "json" ? `${JSON.stringify(reportJson(analysis), null, 2)}
` : format === "markdown" ? summaryMarkdown([analysis]) : reportPretty(analysis);
  emitResult(io, text, values.output);
  return analysis.verdict === "fail" ? 1 : 0;
}
export {
  COST_HELP,
  costCommand
};
