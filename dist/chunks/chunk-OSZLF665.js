import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  cents
} from "./chunk-AKDDKKA4.js";

// src/report/format.ts
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
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
  const apps = plural(analyses.length, "app");
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
    const parts = [added ? `${plural(added, "new finding")}` : "", a.resolved.length ? `${a.resolved.length} resolved` : ""].filter(Boolean).join(", ");
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
  if (options.annotationOverflow) out.push(`<sub>${plural(options.annotationOverflow, "finding")} did not fit in this step's line annotations (GitHub shows 10 per level); all are listed in the report and SARIF files.</sub>`, "");
  out.push(...costPie(analyses, currency));
  if (options.details !== false) for (const a2 of analyses) out.push(...details(a2));
  const a = analyses[0];
  out.push(`<sub>Prices: ${a.head.prices.profile} profile, ${currency}, ${a.head.prices.hoursPerMonth} hours a month. Ranges come from autoscalers; budgets and this table use the ${basisOf(a)} figure.</sub>`);
  return `${out.join("\n")}
`;
}

export {
  plural,
  formatMoney,
  formatRange,
  formatChange,
  costRows,
  cell,
  summaryMarkdown
};
