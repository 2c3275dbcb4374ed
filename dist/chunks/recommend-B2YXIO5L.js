import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-2M3B2HUU.js";
import {
  require_fast_json_patch
} from "./chunk-C4MB7OAS.js";
import {
  cell,
  formatMoney
} from "./chunk-OSZLF665.js";
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
  analyzeApp,
  containersOf,
  podTemplateOf,
  resourceId
} from "./chunk-PKDCNJZF.js";
import {
  escapeRegExp
} from "./chunk-FR6RCKLQ.js";
import {
  asObject,
  cents,
  estimateCosts,
  parseDuration,
  parseQuantity,
  pointerSegments
} from "./chunk-AKDDKKA4.js";
import {
  TollgateError
} from "./chunk-4DMKZ7XV.js";
import {
  __toESM
} from "./chunk-S6SOTGYE.js";

// src/cli/commands/recommend.ts
import { mkdirSync, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join2, resolve } from "node:path";

// src/recommend/usage.ts
import { readFileSync } from "node:fs";
var usageKey = (u) => `${u.namespace}/${u.pod}/${u.container}`;
function fromRows(rows) {
  const byKey = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const key = usageKey(row);
    let usage = byKey.get(key);
    if (!usage) byKey.set(key, usage = { namespace: row.namespace, pod: row.pod, container: row.container, cpu: [], memory: [] });
    if (row.cpu !== void 0 && Number.isFinite(row.cpu)) usage.cpu.push({ t: row.t, v: row.cpu });
    if (row.memory !== void 0 && Number.isFinite(row.memory)) usage.memory.push({ t: row.t, v: row.memory });
  }
  for (const u of byKey.values()) {
    u.cpu.sort((a, b) => a.t - b.t);
    u.memory.sort((a, b) => a.t - b.t);
  }
  return [...byKey.values()];
}
var optionalNumber = (value) => value === void 0 || value === null || value === "" ? void 0 : Number(value);
var CSV_HEADER = ["timestamp", "namespace", "pod", "container", "cpu_cores", "memory_bytes"];
function seconds(value, where) {
  const n = typeof value === "number" ? value : /^\d+(\.\d+)?$/.test(String(value)) ? Number(value) : Date.parse(String(value)) / 1e3;
  if (!Number.isFinite(n)) throw new TollgateError("input", `${where}: ${JSON.stringify(value)} is not a timestamp (RFC 3339 or Unix seconds)`);
  return n;
}
function readUsageFile(path, shown2) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new TollgateError("input", `cannot read --usage ${shown2}: ${error.code ?? error.message}`);
  }
  if (text.trimStart().startsWith("[")) {
    let rows;
    try {
      rows = JSON.parse(text);
    } catch (error) {
      throw new TollgateError("input", `--usage ${shown2} is not JSON: ${error.message}`, { file: shown2 });
    }
    return fromRows(
      rows.map((r, i) => ({
        t: seconds(r.timestamp, `${shown2} row ${i + 1}`),
        namespace: String(r.namespace ?? ""),
        pod: String(r.pod ?? ""),
        container: String(r.container ?? ""),
        cpu: optionalNumber(r.cpu_cores ?? r.cpu),
        memory: optionalNumber(r.memory_bytes ?? r.memory)
      }))
    );
  }
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = lines[0]?.split(",").map((h) => h.trim());
  if (!header || CSV_HEADER.some((h, i) => header[i] !== h)) {
    throw new TollgateError("input", `--usage ${shown2}: the first line must be ${CSV_HEADER.join(",")}`, { file: shown2, line: 1 });
  }
  return fromRows(
    lines.slice(1).map((line, i) => {
      const cells = line.split(",").map((c) => c.trim());
      if (cells.length !== CSV_HEADER.length) throw new TollgateError("input", `expected ${CSV_HEADER.length} columns, got ${cells.length}`, { file: shown2, line: i + 2 });
      return { t: seconds(cells[0], `${shown2}:${i + 2}`), namespace: cells[1], pod: cells[2], container: cells[3], cpu: optionalNumber(cells[4]), memory: optionalNumber(cells[5]) };
    })
  );
}

// src/recommend/prometheus.ts
var escapeLabel = (v) => v.replace(/[\\.+*?()|[\]{}^$]/g, "\\\\$&").replace(/"/g, '\\"');
function shown(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return url;
  }
}
async function queryRange(q, expr, start) {
  let url;
  try {
    url = new URL("api/v1/query_range", q.url.endsWith("/") ? q.url : `${q.url}/`);
  } catch {
    throw new TollgateError("usage", `--prometheus ${shown(q.url)} is not a URL`, { hint: "e.g. http://prometheus.monitoring:9090" });
  }
  const headers = { "content-type": "application/x-www-form-urlencoded" };
  if (url.username || url.password) {
    headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString("base64")}`;
    url.username = "";
    url.password = "";
  }
  const body = new URLSearchParams({ query: expr, start: String(start), end: String(q.end), step: `${q.stepSeconds}s` });
  let response;
  try {
    response = await fetch(url, { method: "POST", body, headers, signal: q.signal });
  } catch (error) {
    throw new TollgateError("input", `cannot reach Prometheus at ${shown(q.url)}: ${error.cause instanceof Error ? error.cause.message : error.message}`, {
      hint: "check --prometheus (e.g. http://prometheus.monitoring:9090)"
    });
  }
  const json = await response.json().catch(() => void 0);
  if (!response.ok || json?.status !== "success") {
    throw new TollgateError("input", `Prometheus answered ${response.status} to ${expr}: ${json?.error ?? response.statusText}`);
  }
  return json.data?.result ?? [];
}
async function usageFromPrometheus(q) {
  const namespaces = q.namespaces.length ? `namespace=~"${q.namespaces.map(escapeLabel).join("|")}",` : "";
  const selector = `{${namespaces}container!="",container!="POD"}`;
  const start = q.end - q.windowSeconds;
  const [cpu, memory] = await Promise.all([
    queryRange(q, `sum by (namespace, pod, container) (irate(container_cpu_usage_seconds_total${selector}[${q.stepSeconds * 2}s]))`, start),
    queryRange(q, `max by (namespace, pod, container) (container_memory_working_set_bytes${selector})`, start)
  ]);
  const rows = /* @__PURE__ */ new Map();
  const add = (results, which) => {
    for (const r of results) {
      const id = { namespace: r.metric.namespace ?? "", pod: r.metric.pod ?? "", container: r.metric.container ?? "" };
      const key = usageKey(id);
      let usage = rows.get(key);
      if (!usage) rows.set(key, usage = { ...id, cpu: [], memory: [] });
      const samples = usage[which];
      for (const [t, v] of r.values) samples.push({ t, v: Number(v) });
    }
  };
  add(cpu, "cpu");
  add(memory, "memory");
  for (const u of rows.values()) {
    u.cpu.sort((a, b) => a.t - b.t);
    u.memory.sort((a, b) => a.t - b.t);
  }
  return [...rows.values()];
}
function usageForApp(analysis, q) {
  const fallback = analysis.head.render.inputs.namespace ?? "";
  const namespaces = [...new Set(analysis.head.render.resources.map((r) => r.object.metadata?.namespace ?? fallback))].filter(Boolean);
  return usageFromPrometheus({ ...q, namespaces });
}

// src/recommend/recommend.ts
var import_fast_json_patch = __toESM(require_fast_json_patch(), 1);

// src/recommend/owners.ts
var SUFFIX = "[bcdfghjklmnpqrstvwxz2456789]{5}";
var HASH = "[bcdfghjklmnpqrstvwxz2456789]{5,10}";
function podPattern(kind, name) {
  const n = escapeRegExp(name);
  switch (kind) {
    case "Deployment":
    case "Rollout":
      return new RegExp(`^${n}-${HASH}-${SUFFIX}$`);
    case "StatefulSet":
      return new RegExp(`^${n}-\\d+$`);
    case "DaemonSet":
    case "ReplicaSet":
    case "ReplicationController":
    case "Job":
      return new RegExp(`^${n}-${SUFFIX}$`);
    case "CronJob":
      return new RegExp(`^${n}-\\d{8,10}-${SUFFIX}$`);
    case "Pod":
      return new RegExp(`^${n}$`);
    default:
      return void 0;
  }
}
function podOwners(owners) {
  const patterns = owners.flatMap((o) => {
    const pattern = podPattern(String(o.object.kind), String(o.object.metadata?.name ?? ""));
    return pattern ? [{ o, pattern }] : [];
  });
  return (namespace, pod) => patterns.find((p) => p.o.namespace === namespace && p.pattern.test(pod))?.o;
}

// src/recommend/strategy.ts
var STRATEGY_DEFAULTS = {
  // CPU request = p95 of usage, no CPU limit; memory request = limit = peak + 15%; floors 10m / 100Mi.
  krr: { cpuPercentile: 95, memoryBuffer: 15, cpuFloor: 0.01, memoryFloor: 100 * 2 ** 20 },
  // p90 + 15% for CPU; memory from the p90 of daily peaks over the last 8 days + 15%; floors 25m / 250 MB.
  vpa: { cpuPercentile: 90, memoryBuffer: 15, cpuFloor: 0.025, memoryFloor: 25e7 }
};
function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p / 100 * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}
var DAY = 86400;
var DEFAULT_MIN_SAMPLES = 288;
function durationSeconds(text) {
  const hours = /^\d+d$/.test(text) ? Number(text.slice(0, -1)) * 24 : parseDuration(text);
  const seconds2 = hours === void 0 ? void 0 : Math.round(hours * 3600);
  return seconds2 && seconds2 > 0 ? seconds2 : void 0;
}
function dailyPeaks(samples, end, days) {
  const peaks = /* @__PURE__ */ new Map();
  for (const s of samples) {
    const day = dayBefore(s.t, end);
    if (day < 0 || day >= days) continue;
    peaks.set(day, Math.max(peaks.get(day) ?? -Infinity, s.v));
  }
  return [...peaks.values()];
}
function dayBefore(t, end) {
  return t > end ? -1 : Math.floor((end - t) / DAY);
}
function podTarget(cpu, memory, end, options) {
  const { memoryFloor, cpuFloor } = STRATEGY_DEFAULTS[options.strategy];
  const buffer = 1 + options.memoryBuffer / 100;
  const target = {};
  if (cpu.length) {
    const p = percentile(cpu.map((s) => s.v), options.cpuPercentile);
    target.cpu = Math.max(cpuFloor, options.strategy === "vpa" ? p * buffer : p);
  }
  if (memory.length) {
    const base = options.strategy === "vpa" ? percentile(dailyPeaks(memory, end, 8), 90) : Math.max(...memory.map((s) => s.v));
    target.memory = Math.max(memoryFloor, base * buffer);
  }
  return target;
}
function cpuQuantity(cores) {
  const milli = Math.ceil(Math.round(cores * 1e6) / 1e3);
  return milli % 1e3 === 0 ? String(milli / 1e3) : `${milli}m`;
}
function memoryQuantity(bytes) {
  return `${Math.ceil(Math.round(bytes) / 2 ** 20)}Mi`;
}

// src/recommend/recommend.ts
function autoscaledResources(analysis, namespaceOf) {
  const out = /* @__PURE__ */ new Map();
  for (const { object } of analysis.head.render.resources) {
    const spec = asObject(object.spec);
    const target = asObject(spec?.scaleTargetRef);
    if (!target) continue;
    const names = /* @__PURE__ */ new Set();
    if (object.kind === "HorizontalPodAutoscaler") {
      if (spec?.targetCPUUtilizationPercentage !== void 0) names.add("cpu");
      for (const m of Array.isArray(spec?.metrics) ? spec.metrics : []) {
        const name = asObject(asObject(m)?.resource)?.name ?? asObject(asObject(m)?.containerResource)?.name;
        if (typeof name === "string") names.add(name);
      }
      if (!Array.isArray(spec?.metrics) && spec?.targetCPUUtilizationPercentage === void 0) names.add("cpu");
    } else if (object.kind === "ScaledObject") {
      for (const t of Array.isArray(spec?.triggers) ? spec.triggers : []) {
        const type = asObject(t)?.type;
        if (type === "cpu" || type === "memory") names.add(type);
      }
    } else continue;
    const key = `${target.kind}/${namespaceOf(object)}/${target.name}`;
    out.set(key, /* @__PURE__ */ new Set([...out.get(key) ?? [], ...names]));
  }
  return out;
}
var quantity = (v) => v === void 0 || v === null ? void 0 : String(v);
function growth(samples, end) {
  const days = /* @__PURE__ */ new Map();
  for (const s of samples) {
    const day = dayBefore(s.t, end);
    if (day < 0) continue;
    const d = days.get(day) ?? { sum: 0, n: 0 };
    d.sum += s.v;
    d.n++;
    days.set(day, d);
  }
  const points = [...days].map(([day, d]) => ({ x: -day - 0.5, y: d.sum / d.n }));
  if (points.length < 3) return 1;
  const mx = points.reduce((a, p) => a + p.x, 0) / points.length;
  const my = points.reduce((a, p) => a + p.y, 0) / points.length;
  const sxx = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  const slope = sxx ? points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0) / sxx : 0;
  const now = my + slope * (0 - mx);
  const next = my + slope * (15 - mx);
  return now > 0 ? Math.max(0, next / now) : 1;
}
function scaled(limit, oldRequest, newRequest, toQuantity) {
  const l = parseQuantity(limit);
  const r = parseQuantity(oldRequest);
  if (l === void 0) return void 0;
  if (r === void 0 || r === 0) return limit;
  return toQuantity(l * newRequest / r);
}
function recommend(analysis, usage, options) {
  const defaultNs = analysis.head.render.inputs.namespace ?? analysis.head.config.render?.namespace ?? "";
  const namespaceOf = (o) => o.metadata?.namespace ?? defaultNs;
  const workloads = analysis.head.render.resources.filter((r) => podTemplateOf(r.object, analysis.head.config.workloadKinds));
  const owners = workloads.map((resource) => ({ object: resource.object, namespace: namespaceOf(resource.object), resource }));
  const ownerOf = podOwners(owners);
  const byWorkload = /* @__PURE__ */ new Map();
  let unmatched = 0;
  for (const u of usage) {
    const owner = ownerOf(u.namespace, u.pod);
    if (!owner) {
      unmatched++;
      continue;
    }
    const containers = byWorkload.get(owner.resource) ?? /* @__PURE__ */ new Map();
    containers.set(u.container, [...containers.get(u.container) ?? [], u]);
    byWorkload.set(owner.resource, containers);
  }
  const autoscaled = autoscaledResources(analysis, namespaceOf);
  const window = `${Math.round(options.windowSeconds / DAY)}d`;
  const { cpuFloor, memoryFloor } = STRATEGY_DEFAULTS[options.strategy];
  const out = [];
  for (const resource of workloads) {
    const object = resource.object;
    const template = podTemplateOf(object, analysis.head.config.workloadKinds);
    const scaledOn = autoscaled.get(`${object.kind}/${namespaceOf(object)}/${object.metadata?.name}`) ?? /* @__PURE__ */ new Set();
    const recommendedObject = structuredClone(object);
    const containers = [];
    const growths = [];
    for (const c of containersOf(template)) {
      if (c.kind !== "containers") continue;
      const resources = asObject(c.container.resources);
      const requests = asObject(resources?.requests) ?? {};
      const limits = asObject(resources?.limits) ?? {};
      const current = { requests: { cpu: quantity(requests.cpu), memory: quantity(requests.memory) }, limits: { cpu: quantity(limits.cpu), memory: quantity(limits.memory) } };
      const series = byWorkload.get(resource)?.get(c.name) ?? [];
      const samples = { cpu: series.reduce((n, s) => n + s.cpu.length, 0), memory: series.reduce((n, s) => n + s.memory.length, 0) };
      const base = { container: c.name, pointer: c.pointer, current, pods: series.length, samples };
      if (!series.length) {
        containers.push({ ...base, recommended: { requests: {}, limits: {} }, status: "no-usage", reason: "no usage found for this container" });
        continue;
      }
      if (Math.max(samples.cpu, samples.memory) < options.minSamples) {
        containers.push({ ...base, recommended: { requests: {}, limits: {} }, status: "not-enough-data", reason: `not enough data: ${Math.max(samples.cpu, samples.memory)} samples, ${options.minSamples} needed` });
        continue;
      }
      const target = {};
      for (const s of series) {
        const t = podTarget(s.cpu, s.memory, options.end, options);
        if (t.cpu !== void 0) target.cpu = Math.max(target.cpu ?? 0, t.cpu);
        if (t.memory !== void 0) target.memory = Math.max(target.memory ?? 0, t.memory);
      }
      growths.push({ cpu: growth(series.flatMap((s) => s.cpu), options.end), memory: growth(series.flatMap((s) => s.memory), options.end) });
      const recommended = { requests: {}, limits: {} };
      const reasons = [];
      if (scaledOn.has("cpu")) reasons.push("cpu skipped: an HPA scales on cpu");
      else if (target.cpu !== void 0 && samples.cpu >= options.minSamples) {
        recommended.requests.cpu = cpuQuantity(target.cpu);
        if (options.strategy === "krr") {
          if (current.limits.cpu !== void 0) recommended.limits.cpu = null;
        } else {
          const limit = scaled(current.limits.cpu, current.requests.cpu, parseQuantity(recommended.requests.cpu), cpuQuantity);
          if (limit !== void 0) recommended.limits.cpu = limit;
        }
        const floor = target.cpu === cpuFloor ? ` (the ${cpuQuantity(cpuFloor)} floor)` : "";
        reasons.push(`cpu p${options.cpuPercentile}${options.strategy === "vpa" ? ` + ${options.memoryBuffer}%` : ""} of ${samples.cpu} samples over ${window}${floor}`);
      }
      if (scaledOn.has("memory")) reasons.push("memory skipped: an HPA scales on memory");
      else if (target.memory !== void 0 && samples.memory >= options.minSamples) {
        recommended.requests.memory = memoryQuantity(target.memory);
        if (options.strategy === "krr") recommended.limits.memory = recommended.requests.memory;
        else {
          const limit = scaled(current.limits.memory, current.requests.memory, parseQuantity(recommended.requests.memory), memoryQuantity);
          if (limit !== void 0) recommended.limits.memory = limit;
        }
        const how = options.strategy === "vpa" ? "p90 of daily peaks over 8d" : `peak over ${window}`;
        const floor = target.memory === memoryFloor ? " (the floor)" : "";
        reasons.push(`memory ${how} + ${options.memoryBuffer}%${floor}`);
      }
      containers.push({ ...base, recommended, status: "recommended", reason: reasons.join("; ") });
      const target_ = import_fast_json_patch.default.getValueByPointer(recommendedObject, c.pointer);
      const res = target_.resources ??= {};
      for (const [kind, values] of Object.entries(recommended)) {
        for (const [key, value] of Object.entries(values)) {
          if (value === void 0) continue;
          if (value === null) {
            if (res[kind]) delete res[kind][key];
            if (res[kind] && Object.keys(res[kind]).length === 0) delete res[kind];
          } else (res[kind] ??= {})[key] = value;
        }
      }
    }
    if (!containers.length) continue;
    const patch = import_fast_json_patch.default.compare(object, recommendedObject);
    const prices = analysis.head.prices;
    const estimate = (o) => [...estimateCosts([{ ...resource, object: o }], { prices, assumptions: analysis.head.config.assumptions, workloadKinds: analysis.head.config.workloadKinds, defaultNamespace: defaultNs }).values()][0]?.monthly.min ?? 0;
    const currentCost = analysis.head.costs.get(resource)?.monthly.min ?? estimate(object);
    const recommendedCost = patch.length ? estimate(recommendedObject) : currentCost;
    const rec = {
      resource,
      id: resourceId(object),
      containers,
      patch,
      recommendedObject,
      monthly: { current: cents(currentCost), recommended: cents(recommendedCost), saving: cents(currentCost - recommendedCost) }
    };
    if (growths.length) {
      const g = { cpu: Math.max(...growths.map((x) => x.cpu)), memory: Math.max(...growths.map((x) => x.memory)) };
      const projected = structuredClone(recommendedObject);
      for (const c of containersOf(podTemplateOf(projected, analysis.head.config.workloadKinds))) {
        const req = asObject(asObject(c.container.resources)?.requests);
        if (!req) continue;
        if (req.cpu !== void 0) req.cpu = cpuQuantity(parseQuantity(req.cpu) * g.cpu);
        if (req.memory !== void 0) req.memory = memoryQuantity(parseQuantity(req.memory) * g.memory);
      }
      const monthly = cents(estimate(projected));
      const budget = analysis.head.config.budgets.workload;
      rec.forecast = { monthly, growth: { cpu: Math.round(g.cpu * 1e3) / 1e3, memory: Math.round(g.memory * 1e3) / 1e3 }, ...budget !== void 0 && monthly > budget ? { overBudget: budget } : {} };
    }
    out.push(rec);
  }
  return { strategy: options.strategy, windowSeconds: options.windowSeconds, resources: out, unmatched, saving: cents(out.reduce((a, r) => a + r.monthly.saving, 0)) };
}

// src/recommend/report.ts
var change = (from, to) => to === void 0 ? void 0 : `${from ?? "\u2013"} \u2192 ${to === null ? "none" : to}`;
function containerChanges(c) {
  return [
    change(c.current.requests.cpu, c.recommended.requests.cpu) && `cpu request ${change(c.current.requests.cpu, c.recommended.requests.cpu)}`,
    change(c.current.limits.cpu, c.recommended.limits.cpu) && `cpu limit ${change(c.current.limits.cpu, c.recommended.limits.cpu)}`,
    change(c.current.requests.memory, c.recommended.requests.memory) && `memory request ${change(c.current.requests.memory, c.recommended.requests.memory)}`,
    change(c.current.limits.memory, c.recommended.limits.memory) && `memory limit ${change(c.current.limits.memory, c.recommended.limits.memory)}`
  ].filter((x) => Boolean(x));
}
var savingText = (saving, currency) => saving >= 0 ? `saves ${formatMoney(saving, currency)}` : `costs ${formatMoney(-saving, currency)} more`;
function recommendPretty(rec, appPath, currency) {
  const out = [`${appPath}: ${rec.strategy} strategy, ${Math.round(rec.windowSeconds / DAY)}d of usage`, ""];
  for (const r of rec.resources) {
    out.push(`${r.id}: ${formatMoney(r.monthly.current, currency)} \u2192 ${formatMoney(r.monthly.recommended, currency)} a month, ${savingText(r.monthly.saving, currency)}`);
    for (const c of r.containers) {
      const changes = containerChanges(c);
      out.push(`  ${c.container}: ${changes.length ? changes.join(", ") : "no change"}`);
      out.push(`    ${c.reason}${c.pods ? ` (${c.pods} pod${c.pods === 1 ? "" : "s"})` : ""}`);
    }
    if (r.forecast) {
      out.push(`  next month at the current trend: ${formatMoney(r.forecast.monthly, currency)}${r.forecast.overBudget !== void 0 ? ` \u2014 over the ${formatMoney(r.forecast.overBudget, currency)} workload budget` : ""}`);
    }
    out.push("");
  }
  if (rec.unmatched) out.push(`${rec.unmatched} usage series matched no workload of this app.`);
  out.push(`total: ${savingText(rec.saving, currency)} a month`);
  return `${out.join("\n")}
`;
}
function recommendJson(rec, appPath, currency) {
  return {
    version: 1,
    app: appPath,
    strategy: rec.strategy,
    windowSeconds: rec.windowSeconds,
    currency,
    saving: rec.saving,
    unmatched: rec.unmatched,
    resources: rec.resources.map((r) => ({
      apiVersion: r.resource.object.apiVersion,
      kind: r.resource.object.kind,
      namespace: r.resource.object.metadata?.namespace,
      name: r.resource.object.metadata?.name,
      ...r.resource.source ? { source: { file: r.resource.source.file, line: r.resource.source.line } } : {},
      monthly: r.monthly,
      ...r.forecast ? { forecast: r.forecast } : {},
      containers: r.containers.map(({ container, current, recommended, pods, samples, status, reason }) => ({ container, status, reason, pods, samples, current, recommended })),
      patch: r.patch
    }))
  };
}
function recommendMarkdown(rec, appPath, currency) {
  const out = [`### tollgate: right-sizing \`${cell(appPath)}\``, "", `${rec.strategy} strategy over ${Math.round(rec.windowSeconds / DAY)} days of usage: ${savingText(rec.saving, currency)} a month.`, ""];
  out.push("| Workload | Container | Change | Why | Monthly | Saving |", "|---|---|---|---|---:|---:|");
  for (const r of rec.resources) {
    r.containers.forEach((c, i) => {
      const money = i === 0 ? `${formatMoney(r.monthly.current, currency)} \u2192 ${formatMoney(r.monthly.recommended, currency)} | ${formatMoney(r.monthly.saving, currency)}` : " | ";
      out.push(`| ${i === 0 ? cell(r.id) : ""} | ${cell(c.container)} | ${cell(containerChanges(c).join(", ") || "no change")} | ${cell(c.reason)} | ${money} |`);
    });
  }
  const over = rec.resources.filter((r) => r.forecast?.overBudget !== void 0);
  if (over.length) {
    out.push("", "**Projected over budget next month**", "");
    for (const r of over) out.push(`- ${cell(r.id)}: ${formatMoney(r.forecast.monthly, currency)} (budget ${formatMoney(r.forecast.overBudget, currency)})`);
  }
  return `${out.join("\n")}
`;
}

// src/recommend/write.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync, readFileSync as readFileSync2, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// src/recommend/yaml-edit.ts
var import_yaml = __toESM(require_dist(), 1);
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function lineEnd(text, offset) {
  const nl = text.indexOf("\n", offset);
  return nl < 0 ? text.length : nl + 1;
}
var column = (text, offset) => offset - lineStart(text, offset);
function flowText(existing, edit) {
  const merged = mergeValue(existing, edit);
  const write = (v) => v && typeof v === "object" ? `{${Object.entries(v).map(([k, x]) => `${k}: ${write(x)}`).join(", ")}}` : String(v);
  return write(merged);
}
function mergeValue(existing, edit) {
  const out = { ...existing ?? {} };
  for (const [key, value] of Object.entries(edit)) {
    if (value === null) delete out[key];
    else if (typeof value === "string") out[key] = value;
    else {
      const child = mergeValue(out[key] && typeof out[key] === "object" ? out[key] : void 0, value);
      if (Object.keys(child).length) out[key] = child;
      else delete out[key];
    }
  }
  return out;
}
function blockLines(key, value, indent) {
  const pad = " ".repeat(indent);
  if (typeof value === "string") return `${pad}${key}: ${value}
`;
  const inner = Object.entries(value).filter(([, v]) => v !== null);
  if (!inner.length) return "";
  return `${pad}${key}:
${inner.map(([k, v]) => blockLines(k, v, indent + 2)).join("")}`;
}
var hasContent = (edit) => Object.values(edit).some((v) => v !== null && (typeof v === "string" || hasContent(v)));
function editMap(text, map, edit, splices) {
  if (map.flow) {
    splices.push({ start: map.range[0], end: map.range[1], text: flowText(map.toJSON(), edit) });
    return;
  }
  const pairs = map.items;
  const indent = pairs.length ? column(text, pairs[0].key.range[0]) : 0;
  const removed = /* @__PURE__ */ new Set();
  const inserts = [];
  for (const [key, value] of Object.entries(edit)) {
    const pair = pairs.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === key);
    if (value === null) {
      if (pair) removed.add(pair);
      continue;
    }
    if (!pair) {
      if (typeof value === "string" || hasContent(value)) inserts.push(blockLines(key, value, indent));
      continue;
    }
    const node = pair.value;
    if (typeof value === "string") {
      if (node) splices.push({ start: node.range[0], end: node.range[1], text: value });
      else {
        const colon = text.indexOf(":", pair.key.range[1]) + 1;
        splices.push({ start: colon, end: colon, text: ` ${value}` });
      }
      continue;
    }
    if (node && (0, import_yaml.isMap)(node)) {
      const keep = mergeValue(node.toJSON(), value);
      if (!Object.keys(keep).length) removed.add(pair);
      else editMap(text, node, value, splices);
    } else if (hasContent(value)) {
      removed.add(pair);
      inserts.push(blockLines(key, value, indent));
    }
  }
  for (const pair of removed) {
    const start = lineStart(text, pair.key.range[0]);
    const end = lineEnd(text, pair.value?.range?.[1] ?? pair.key.range[1]);
    splices.push({ start, end, text: "" });
  }
  if (inserts.length) {
    const last = pairs.filter((p) => !removed.has(p)).at(-1) ?? pairs.at(-1);
    const after = last ? lineEnd(text, Math.max((last.value?.range?.[1] ?? 0) - 1, last.key.range[1])) : map.range[1];
    splices.push({ start: after, end: after, text: inserts.join("") });
  }
}
function nodeAt(doc, path) {
  let node = doc.contents;
  for (const step of path) {
    if ((0, import_yaml.isSeq)(node) && (typeof step === "number" || /^\d+$/.test(step))) {
      node = node.items[Number(step)];
    } else if (typeof step === "number") {
      return void 0;
    } else {
      if (!(0, import_yaml.isMap)(node)) return void 0;
      node = node.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === step)?.value;
    }
  }
  return node;
}
function editYamlMap(text, docIndex, path, edit) {
  const docs = (0, import_yaml.parseAllDocuments)(text);
  const doc = docs[docIndex];
  if (!doc || "empty" in doc) throw new Error(`no YAML document ${docIndex}`);
  const map = nodeAt(doc, path);
  if (!(0, import_yaml.isMap)(map)) throw new Error(`no mapping at ${path.join(".")}`);
  const splices = [];
  editMap(text, map, edit, splices);
  let out = text;
  for (const s of splices.sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

// src/recommend/write.ts
function resourcesEdit(c) {
  const edit = {};
  for (const kind of ["requests", "limits"]) {
    const values = Object.fromEntries(Object.entries(c.recommended[kind]).filter(([, v]) => v !== void 0));
    if (Object.keys(values).length) edit[kind] = values;
  }
  return edit;
}
var changed = (r) => r.patch.length > 0;
function documentIndex(text, match) {
  return (0, import_yaml2.parseAllDocuments)(text).findIndex((d) => !("empty" in d) && match(d.toJS() ?? {}));
}
function writePlain(analysis, recs, out) {
  for (const r of recs.filter(changed)) {
    const source = r.resource.source;
    if (!source) {
      out.skipped.push(`${r.id}: its source file is not known`);
      continue;
    }
    const file = join(analysis.repoRoot, source.file);
    let text = readFileSync2(file, "utf8");
    const o = r.resource.object;
    const index = documentIndex(text, (d) => d.kind === o.kind && d.metadata?.name === o.metadata?.name && (d.metadata?.namespace ?? "") === (o.metadata?.namespace ?? ""));
    if (index < 0) {
      out.skipped.push(`${r.id}: not found in ${source.file} (a List item?)`);
      continue;
    }
    for (const c of r.containers) {
      if (c.status !== "recommended") continue;
      text = editYamlMap(text, index, pointerSegments(c.pointer), { resources: resourcesEdit(c) });
    }
    writeFileSync(file, text);
    if (!out.files.includes(source.file)) out.files.push(source.file);
  }
}
function sourceName(analysis, r) {
  const file = r.resource.source?.file;
  const built = String(r.resource.object.metadata?.name ?? "");
  if (!file) return void 0;
  const names = (0, import_yaml2.parseAllDocuments)(readFileSync2(join(analysis.repoRoot, file), "utf8")).map((d) => "empty" in d ? void 0 : d.toJS()).filter((d) => Boolean(d) && d.kind === r.resource.object.kind).map((d) => String(d.metadata?.name ?? "")).filter((n) => n && built.includes(n)).sort((a, b) => b.length - a.length);
  return names[0];
}
function writeKustomize(analysis, recs, out) {
  const appDir = join(analysis.repoRoot, analysis.appPath);
  const kustomizationName = ["kustomization.yaml", "kustomization.yml", "Kustomization"].find((n) => existsSync(join(appDir, n)));
  const kustomizationFile = join(appDir, kustomizationName);
  const added = [];
  for (const r of recs.filter(changed)) {
    const o = r.resource.object;
    const name = sourceName(analysis, r) ?? String(o.metadata?.name);
    const patch = { apiVersion: o.apiVersion, kind: o.kind, metadata: { name } };
    for (const c of r.containers) {
      if (c.status !== "recommended") continue;
      const segments = pointerSegments(c.pointer);
      const listAt = segments.length - 2;
      let node = patch;
      for (const s of segments.slice(0, listAt)) node = node[s] ??= {};
      const list = node.containers ??= [];
      list.push({ name: c.container, resources: resourcesEdit(c) });
    }
    const fileName = `tollgate-resources-${String(o.kind).toLowerCase()}-${name}.yaml`;
    writeFileSync(join(appDir, fileName), `# Requests and limits from observed usage (tollgate recommend).
${(0, import_yaml2.stringify)(patch, { lineWidth: 0 })}`);
    out.files.push(`${analysis.appPath}/${fileName}`);
    added.push(fileName);
  }
  if (!added.length) return;
  let text = readFileSync2(kustomizationFile, "utf8");
  const doc = (0, import_yaml2.parseDocument)(text);
  const patches = (0, import_yaml2.isMap)(doc.contents) ? doc.contents.get("patches", true) : void 0;
  const listed = new Set((0, import_yaml2.isSeq)(patches) ? patches.toJSON().map((p) => p?.path) : []);
  const missing = added.filter((f) => !listed.has(f));
  if (!missing.length) return;
  if ((0, import_yaml2.isSeq)(patches) && !patches.flow && patches.items.length) {
    const last = patches.items.at(-1);
    const itemStart = text.lastIndexOf("\n", last.range[0]) + 1;
    const dash = text.slice(itemStart, last.range[0]).replace(/-\s*$/, "");
    const at = text.indexOf("\n", last.range[1] - 1) + 1 || text.length;
    text = `${text.slice(0, at)}${missing.map((f) => `${dash}- path: ${f}
`).join("")}${text.slice(at)}`;
  } else if (patches === void 0) {
    text = `${text.endsWith("\n") ? text : `${text}
`}patches:
${missing.map((f) => `- path: ${f}
`).join("")}`;
  } else {
    out.skipped.push(`${analysis.appPath}/${kustomizationName}: its patches: list is not a block list; add ${missing.join(", ")} by hand`);
    return;
  }
  writeFileSync(kustomizationFile, text);
  out.files.push(`${analysis.appPath}/${kustomizationName}`);
}
function valuesMappings(chartDir) {
  const found = /* @__PURE__ */ new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ya?ml|tpl)$/.test(entry.name)) {
        for (const m of readFileSync2(path, "utf8").matchAll(/resources:\s*\{\{-?\s*(?:toYaml|include\s+"[^"]+"\s*\(?)\s*\.Values\.([A-Za-z0-9_.]+)/g)) found.add(m[1]);
      }
    }
  };
  if (existsSync(join(chartDir, "templates"))) walk(join(chartDir, "templates"));
  return [...found];
}
function writeHelm(analysis, recs, out) {
  const wanted = recs.filter(changed);
  if (!wanted.length) return;
  const chartDir = join(analysis.repoRoot, analysis.appPath);
  const mappings = valuesMappings(chartDir);
  const containers = wanted.flatMap((r) => r.containers.filter((c) => c.status === "recommended"));
  if (mappings.length !== 1 || containers.length !== 1) {
    out.skipped.push(
      mappings.length === 0 ? `${analysis.appPath}: the chart's templates do not map a container's resources from values; set them in the chart or its values by hand (the JSON patches show what)` : `${analysis.appPath}: ${containers.length} containers and ${mappings.length} values keys for resources (${mappings.join(", ")}); which key sizes which container is the chart's to say: apply the JSON patches by hand`
    );
    return;
  }
  const valuesFiles = analysis.head.render.inputs.valuesFiles?.filter((f) => !f.startsWith("inline:")) ?? [];
  const target = valuesFiles.at(-1) ?? `${analysis.appPath}/values.yaml`;
  const file = join(analysis.repoRoot, target);
  const text = existsSync(file) ? readFileSync2(file, "utf8") : "";
  const keys = mappings[0].split(".");
  const edit = {};
  let node = edit;
  for (const k of keys.slice(0, -1)) node = node[k] = {};
  node[keys.at(-1)] = resourcesEdit(containers[0]);
  writeFileSync(file, text.trim() ? editYamlMap(text, 0, [], edit) : (0, import_yaml2.stringify)(edit));
  out.files.push(target);
}
function writeRecommendations(analysis, rec) {
  const out = { files: [], skipped: [] };
  if (analysis.renderer === "kustomize") writeKustomize(analysis, rec.resources, out);
  else if (analysis.renderer === "helm") writeHelm(analysis, rec.resources, out);
  else writePlain(analysis, rec.resources, out);
  return out;
}

// src/cli/commands/recommend.ts
var RECOMMEND_HELP = `Usage: tollgate recommend [PATH] [source flags] (--prometheus URL | --usage FILE) [--window 14d] [--strategy krr|vpa]
                          [--cpu-percentile N] [--memory-buffer N] [--min-samples N] [--format pretty|json|markdown] [--write] [--patch-out DIR]

Right-sizes the app at PATH from observed usage: per container, the current and
recommended requests and limits, the monthly saving priced by the cost engine, why,
and next month's projected cost at the usage trend (flagged over budgets.workload).

  --prometheus URL       read cAdvisor metrics (container_cpu_usage_seconds_total,
                         container_memory_working_set_bytes) from Prometheus's HTTP API
  --usage FILE           or an export: CSV timestamp,namespace,pod,container,cpu_cores,memory_bytes
                         (or a JSON array of such objects)
  --window D             how far back (default 14d); --end TIME ends it (default now)
  --step D               the sampling step for Prometheus (default 5m)
  --strategy krr|vpa     krr (default): cpu = p95, no cpu limit, memory = peak + 15%, floors 10m/100Mi;
                         vpa: cpu = p90 + 15%, memory = p90 of daily peaks over 8d + 15%, floors 25m/250MB
  --cpu-percentile N     override the strategy's percentile
  --memory-buffer N      override the strategy's headroom, percent
  --min-samples N        below this many samples: "not enough data" (default 288, a day of 5m samples)
  --format F             pretty (default), json or markdown
  --patch-out DIR        write one RFC 6902 JSON patch per changed resource there
  --write                edit the source: plain files in place, a Kustomize patch, or Helm values

Pods are matched to workloads by the names their controllers give them; a container an
HPA scales on cpu (or memory) keeps that request.

Exit status: 0 done, 2 usage, config, input, render or Prometheus error.
`;
async function recommendCommand(argv, io) {
  const { values, positionals } = parseCommandArgs("recommend", argv, {
    ...SOURCE_FLAGS,
    ...ANALYSIS_FLAGS,
    ...COMMON_FLAGS,
    prometheus: { type: "string" },
    usage: { type: "string" },
    window: { type: "string" },
    end: { type: "string" },
    step: { type: "string" },
    strategy: { type: "string" },
    "cpu-percentile": { type: "string" },
    "memory-buffer": { type: "string" },
    "min-samples": { type: "string" },
    format: { type: "string" },
    write: { type: "boolean" },
    "patch-out": { type: "string" }
  });
  if (values.help) {
    io.stdout(RECOMMEND_HELP);
    return 0;
  }
  if (Boolean(values.prometheus) === Boolean(values.usage)) throw new TollgateError("usage", "give one of --prometheus URL or --usage FILE");
  const strategy = values.strategy ?? "krr";
  if (!(strategy in STRATEGY_DEFAULTS)) throw new TollgateError("usage", `--strategy ${strategy} is not krr or vpa`);
  const format = values.format ?? "pretty";
  if (!["pretty", "json", "markdown"].includes(format)) throw new TollgateError("usage", `--format ${format} is not pretty, json or markdown`);
  const number = (flag, fallback, min, max) => {
    const raw = values[flag];
    if (raw === void 0) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) throw new TollgateError("usage", `--${flag} ${raw} is not a number from ${min} to ${max}`);
    return n;
  };
  const seconds2 = (flag, fallback) => {
    const raw = values[flag] ?? fallback;
    const s = durationSeconds(raw);
    if (s === void 0) throw new TollgateError("usage", `--${flag} ${raw} is not a duration like 14d, 36h or 5m`);
    return s;
  };
  const defaults = STRATEGY_DEFAULTS[strategy];
  const windowSeconds = seconds2("window", "14d");
  const end = values.end ? Date.parse(values.end) / 1e3 : Math.floor(Date.now() / 1e3);
  if (!Number.isFinite(end)) throw new TollgateError("usage", `--end ${values.end} is not an RFC 3339 time`);
  const options = {
    strategy,
    cpuPercentile: number("cpu-percentile", defaults.cpuPercentile, 1, 100),
    memoryBuffer: number("memory-buffer", defaults.memoryBuffer, 0, 1e3),
    minSamples: number("min-samples", DEFAULT_MIN_SAMPLES, 1, 1e9),
    end,
    windowSeconds
  };
  const analysis = await analyzeApp(analyzeOptionsFrom(values, positionals, io));
  for (const warning of analysis.warnings) io.stderr(`tollgate: warning: ${warning}
`);
  const started = performance.now();
  const usage = values.usage ? readUsageFile(resolve(io.cwd, values.usage), values.usage).filter((u) => u.cpu.some((s) => s.t > end - windowSeconds && s.t <= end) || u.memory.some((s) => s.t > end - windowSeconds && s.t <= end)) : await usageForApp(analysis, { url: values.prometheus, end, windowSeconds, stepSeconds: seconds2("step", "5m"), signal: io.signal });
  if (values.usage) for (const u of usage) for (const key of ["cpu", "memory"]) u[key] = u[key].filter((s) => s.t > end - windowSeconds && s.t <= end);
  if (io.env.TOLLGATE_DEBUG === "1") io.stderr(`tollgate: usage read in ${Math.round(performance.now() - started)} ms (${usage.length} series)
`);
  const rec = recommend(analysis, usage, options);
  if (values["patch-out"]) {
    const dir = resolve(io.cwd, values["patch-out"]);
    mkdirSync(dir, { recursive: true });
    for (const r of rec.resources.filter((x) => x.patch.length)) {
      const o = r.resource.object;
      writeFileSync2(join2(dir, `${String(o.kind).toLowerCase()}-${o.metadata?.namespace ?? "_"}-${o.metadata?.name}.json`), `${JSON.stringify(r.patch, null, 2)}
`);
    }
  }
  if (values.write) {
    const written = writeRecommendations(analysis, rec);
    for (const file of written.files) io.stderr(`tollgate: wrote ${file}
`);
    for (const why of written.skipped) io.stderr(`tollgate: not written: ${why}
`);
  }
  const text = format === "json" ? `${JSON.stringify(recommendJson(rec, analysis.appPath, analysis.currency), null, 2)}
` : format === "markdown" ? recommendMarkdown(rec, analysis.appPath, analysis.currency) : recommendPretty(rec, analysis.appPath, analysis.currency);
  emitResult(io, text, values.output);
  return 0;
}
export {
  RECOMMEND_HELP,
  recommendCommand
};
