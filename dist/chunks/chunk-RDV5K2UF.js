import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-H6ZMV7O4.js";
import {
  cents
} from "./chunk-AKDDKKA4.js";

// src/report/json.ts
var money = (b) => ({ cpu: cents(b.cpu), memory: cents(b.memory), gpu: cents(b.gpu), storage: cents(b.storage), network: cents(b.network) });
function costJson(cost) {
  if (!cost) return null;
  return {
    monthly: { min: cents(cost.monthly.min), max: cents(cost.monthly.max) },
    breakdown: money(cost.breakdown),
    ...cost.replicas ? { replicas: cost.replicas } : {},
    ...cost.perRun !== void 0 ? { perRun: cents(cost.perRun) } : {},
    ...cost.peak ? { peak: { replicas: cost.peak.replicas, monthly: cents(cost.peak.monthly) } } : {},
    assumptions: cost.assumptions
  };
}
function findingJson(f) {
  return {
    rule: f.rule,
    level: f.level,
    message: f.message,
    ...f.path ? { path: f.path } : {},
    ...f.source ? { source: f.source } : {},
    suppressed: f.suppressed,
    ...f.isNew !== void 0 ? { new: f.isNew } : {}
  };
}
function resourceJson(r, withChange) {
  const o = r.resource.object;
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    ...o.metadata?.namespace ? { namespace: o.metadata.namespace } : {},
    name: o.metadata?.name,
    ...r.resource.source ? { source: r.resource.source } : {},
    cost: costJson(r.change === "removed" ? r.baseCost : r.cost),
    ...withChange ? { change: r.change } : {},
    findings: r.findings.map(findingJson)
  };
}
function reportJson(a) {
  const all = [...a.findings, ...a.resources.flatMap((r) => r.findings)];
  const count = (level) => all.filter((f) => !f.suppressed && f.level === level).length;
  const basis = a.head.config.budgets.basis;
  const report = {
    version: 1,
    tool: { name: "tollgate", version: VERSION },
    app: { path: a.appPath, renderer: a.renderer },
    currency: a.currency,
    verdict: a.verdict,
    reasons: a.reasons,
    totals: {
      monthly: { min: cents(a.head.totals.monthly.min), max: cents(a.head.totals.monthly.max) },
      breakdown: money(a.head.totals.breakdown),
      findings: { error: count("error"), warning: count("warning"), info: count("info"), suppressed: all.filter((f) => f.suppressed).length }
    }
  };
  if (a.base) {
    const before = a.base.totals.monthly;
    const after = a.head.totals.monthly;
    report.base = { totals: { monthly: { min: cents(before.min), max: cents(before.max) } } };
    const delta = { monthly: { min: cents(after.min - before.min), max: cents(after.max - before.max) } };
    if (before[basis] !== 0) delta.percent = Math.round((after[basis] - before[basis]) / before[basis] * 1e4) / 100;
    report.delta = delta;
  }
  report.findings = a.findings.map(findingJson);
  report.resources = a.resources.map((r) => resourceJson(r, Boolean(a.base)));
  return report;
}

export {
  reportJson
};
