// Right-sizing: observed usage of each workload's containers (pods matched to
// workloads by their names), a strategy's requests and limits, the change as
// an RFC 6902 patch, its monthly saving priced by the cost engine, and next
// month's projected cost from the usage trend.
import jsonPatch from 'fast-json-patch';
import type { Operation } from 'fast-json-patch';
import type { AppAnalysis } from '../analyze.js';
import { estimateCosts, cents } from '../cost/estimate.js';
import { parseQuantity } from '../cost/quantity.js';
import { asObject } from '../manifest/pointer.js';
import { resourceId, type KubeObject, type Resource } from '../manifest/resource.js';
import { containersOf, podTemplateOf } from '../policy/podspec.js';
import { podOwners, type Owner } from './owners.js';
import { cpuQuantity, DAY, dayBefore, memoryQuantity, podTarget, STRATEGY_DEFAULTS, type StrategyOptions, type Target } from './strategy.js';
import type { ContainerUsage, Sample } from './usage.js';

export interface RecommendOptions extends StrategyOptions {
  /** End of the usage window (Unix seconds) and its length. */
  end: number;
  windowSeconds: number;
}

type Quantities = { cpu?: string; memory?: string };

export interface ContainerRecommendation {
  container: string;
  /** JSON pointer of the container in the resource. */
  pointer: string;
  current: { requests: Quantities; limits: Quantities };
  /** `null` limit: remove it (krr sets no CPU limit). */
  recommended: { requests: Quantities; limits: { cpu?: string | null; memory?: string } };
  pods: number;
  samples: { cpu: number; memory: number };
  status: 'recommended' | 'not-enough-data' | 'no-usage';
  /** Why, in words: samples, percentile, window, or what was skipped. */
  reason: string;
}

export interface ResourceRecommendation {
  resource: Resource;
  id: string;
  containers: ContainerRecommendation[];
  /** RFC 6902 operations from the current resource to the recommended one. */
  patch: Operation[];
  recommendedObject: KubeObject;
  monthly: { current: number; recommended: number; saving: number };
  forecast?: { monthly: number; growth: { cpu: number; memory: number }; overBudget?: number };
}

export interface Recommendation {
  strategy: StrategyOptions['strategy'];
  windowSeconds: number;
  resources: ResourceRecommendation[];
  /** Usage series no workload of the app claims (other apps, renamed workloads). */
  unmatched: number;
  saving: number;
}


/** Which resources an autoscaler scales on, per workload (`Kind/namespace/name`). */
function autoscaledResources(analysis: AppAnalysis, namespaceOf: (o: KubeObject) => string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { object } of analysis.head.render.resources) {
    const spec = asObject(object.spec);
    const target = asObject(spec?.scaleTargetRef);
    if (!target) continue;
    const names = new Set<string>();
    if (object.kind === 'HorizontalPodAutoscaler') {
      if (spec?.targetCPUUtilizationPercentage !== undefined) names.add('cpu');
      for (const m of Array.isArray(spec?.metrics) ? spec.metrics : []) {
        const name = asObject(asObject(m)?.resource)?.name ?? asObject(asObject(m)?.containerResource)?.name;
        if (typeof name === 'string') names.add(name);
      }
      if (!Array.isArray(spec?.metrics) && spec?.targetCPUUtilizationPercentage === undefined) names.add('cpu'); // autoscaling/v1's default target
    } else if (object.kind === 'ScaledObject') {
      for (const t of Array.isArray(spec?.triggers) ? spec.triggers : []) {
        const type = asObject(t)?.type;
        if (type === 'cpu' || type === 'memory') names.add(type);
      }
    } else continue;
    const key = `${target.kind}/${namespaceOf(object)}/${target.name}`;
    out.set(key, new Set([...(out.get(key) ?? []), ...names]));
  }
  return out;
}

const quantity = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

/**
 * Daily means (days counted back from the window's end) and a least-squares
 * line through them: the growth factor from now to the middle of next month.
 */
function growth(samples: Sample[], end: number): number {
  const days = new Map<number, { sum: number; n: number }>();
  for (const s of samples) {
    const day = dayBefore(s.t, end);
    if (day < 0) continue;
    const d = days.get(day) ?? { sum: 0, n: 0 };
    d.sum += s.v;
    d.n++;
    days.set(day, d);
  }
  // x: days from the end (negative: the past), at the middle of each day.
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

function scaled(limit: string | undefined, oldRequest: string | undefined, newRequest: number, toQuantity: (n: number) => string): string | undefined {
  const l = parseQuantity(limit);
  const r = parseQuantity(oldRequest);
  if (l === undefined) return undefined;
  if (r === undefined || r === 0) return limit;
  return toQuantity((l * newRequest) / r);
}

export function recommend(analysis: AppAnalysis, usage: ContainerUsage[], options: RecommendOptions): Recommendation {
  const defaultNs = analysis.head.render.inputs.namespace ?? analysis.head.config.render?.namespace ?? '';
  const namespaceOf = (o: KubeObject) => o.metadata?.namespace ?? defaultNs;
  const workloads = analysis.head.render.resources.filter((r) => podTemplateOf(r.object, analysis.head.config.workloadKinds));
  const owners: Array<Owner & { resource: Resource }> = workloads.map((resource) => ({ object: resource.object, namespace: namespaceOf(resource.object), resource }));
  const ownerOf = podOwners(owners);
  const byWorkload = new Map<Resource, Map<string, ContainerUsage[]>>();
  let unmatched = 0;
  for (const u of usage) {
    const owner = ownerOf(u.namespace, u.pod) as (Owner & { resource: Resource }) | undefined;
    if (!owner) {
      unmatched++;
      continue;
    }
    const containers = byWorkload.get(owner.resource) ?? new Map<string, ContainerUsage[]>();
    containers.set(u.container, [...(containers.get(u.container) ?? []), u]);
    byWorkload.set(owner.resource, containers);
  }
  const autoscaled = autoscaledResources(analysis, namespaceOf);
  const window = `${Math.round(options.windowSeconds / DAY)}d`;
  const { cpuFloor, memoryFloor } = STRATEGY_DEFAULTS[options.strategy];
  const out: ResourceRecommendation[] = [];

  for (const resource of workloads) {
    const object = resource.object;
    const template = podTemplateOf(object, analysis.head.config.workloadKinds)!;
    const scaledOn = autoscaled.get(`${object.kind}/${namespaceOf(object)}/${object.metadata?.name}`) ?? new Set<string>();
    const recommendedObject = structuredClone(object);
    const containers: ContainerRecommendation[] = [];
    const growths: Array<{ cpu: number; memory: number }> = [];
    for (const c of containersOf(template)) {
      if (c.kind !== 'containers') continue;
      const resources = asObject(c.container.resources);
      const requests = asObject(resources?.requests) ?? {};
      const limits = asObject(resources?.limits) ?? {};
      const current = { requests: { cpu: quantity(requests.cpu), memory: quantity(requests.memory) }, limits: { cpu: quantity(limits.cpu), memory: quantity(limits.memory) } };
      const series = byWorkload.get(resource)?.get(c.name) ?? [];
      const samples = { cpu: series.reduce((n, s) => n + s.cpu.length, 0), memory: series.reduce((n, s) => n + s.memory.length, 0) };
      const base = { container: c.name, pointer: c.pointer, current, pods: series.length, samples };
      if (!series.length) {
        containers.push({ ...base, recommended: { requests: {}, limits: {} }, status: 'no-usage', reason: 'no usage found for this container' });
        continue;
      }
      if (Math.max(samples.cpu, samples.memory) < options.minSamples) {
        containers.push({ ...base, recommended: { requests: {}, limits: {} }, status: 'not-enough-data', reason: `not enough data: ${Math.max(samples.cpu, samples.memory)} samples, ${options.minSamples} needed` });
        continue;
      }
      // Each pod's need, then the largest: a workload is sized for its busiest replica.
      const target: Target = {};
      for (const s of series) {
        const t = podTarget(s.cpu, s.memory, options.end, options);
        if (t.cpu !== undefined) target.cpu = Math.max(target.cpu ?? 0, t.cpu);
        if (t.memory !== undefined) target.memory = Math.max(target.memory ?? 0, t.memory);
      }
      growths.push({ cpu: growth(series.flatMap((s) => s.cpu), options.end), memory: growth(series.flatMap((s) => s.memory), options.end) });
      const recommended: ContainerRecommendation['recommended'] = { requests: {}, limits: {} };
      const reasons: string[] = [];
      if (scaledOn.has('cpu')) reasons.push('cpu skipped: an HPA scales on cpu');
      else if (target.cpu !== undefined && samples.cpu >= options.minSamples) {
        recommended.requests.cpu = cpuQuantity(target.cpu);
        if (options.strategy === 'krr') {
          if (current.limits.cpu !== undefined) recommended.limits.cpu = null;
        } else {
          const limit = scaled(current.limits.cpu, current.requests.cpu, parseQuantity(recommended.requests.cpu)!, cpuQuantity);
          if (limit !== undefined) recommended.limits.cpu = limit;
        }
        const floor = target.cpu === cpuFloor ? ` (the ${cpuQuantity(cpuFloor)} floor)` : '';
        reasons.push(`cpu p${options.cpuPercentile}${options.strategy === 'vpa' ? ` + ${options.memoryBuffer}%` : ''} of ${samples.cpu} samples over ${window}${floor}`);
      }
      if (scaledOn.has('memory')) reasons.push('memory skipped: an HPA scales on memory');
      else if (target.memory !== undefined && samples.memory >= options.minSamples) {
        recommended.requests.memory = memoryQuantity(target.memory);
        if (options.strategy === 'krr') recommended.limits.memory = recommended.requests.memory;
        else {
          const limit = scaled(current.limits.memory, current.requests.memory, parseQuantity(recommended.requests.memory)!, memoryQuantity);
          if (limit !== undefined) recommended.limits.memory = limit;
        }
        const how = options.strategy === 'vpa' ? 'p90 of daily peaks over 8d' : `peak over ${window}`;
        const floor = target.memory === memoryFloor ? ' (the floor)' : '';
        reasons.push(`memory ${how} + ${options.memoryBuffer}%${floor}`);
      }
      containers.push({ ...base, recommended, status: 'recommended', reason: reasons.join('; ') });
      // The recommended resource: the same object with this container's requests and limits replaced.
      const target_ = jsonPatch.getValueByPointer(recommendedObject, c.pointer) as Record<string, any>;
      const res = (target_.resources ??= {});
      for (const [kind, values] of Object.entries(recommended) as Array<['requests' | 'limits', Record<string, string | null | undefined>]>) {
        for (const [key, value] of Object.entries(values)) {
          if (value === undefined) continue;
          if (value === null) {
            if (res[kind]) delete res[kind][key];
            if (res[kind] && Object.keys(res[kind]).length === 0) delete res[kind];
          } else (res[kind] ??= {})[key] = value;
        }
      }
    }
    if (!containers.length) continue;
    const patch = jsonPatch.compare(object, recommendedObject);
    const prices = analysis.head.prices;
    const estimate = (o: KubeObject) =>
      [...estimateCosts([{ ...resource, object: o }], { prices, assumptions: analysis.head.config.assumptions, workloadKinds: analysis.head.config.workloadKinds, defaultNamespace: defaultNs }).values()][0]?.monthly.min ?? 0;
    const currentCost = analysis.head.costs.get(resource)?.monthly.min ?? estimate(object);
    const recommendedCost = patch.length ? estimate(recommendedObject) : currentCost;
    const rec: ResourceRecommendation = {
      resource,
      id: resourceId(object),
      containers,
      patch,
      recommendedObject,
      monthly: { current: cents(currentCost), recommended: cents(recommendedCost), saving: cents(currentCost - recommendedCost) },
    };
    if (growths.length) {
      // Next month: the recommended requests grown as usage trends, priced again.
      const g = { cpu: Math.max(...growths.map((x) => x.cpu)), memory: Math.max(...growths.map((x) => x.memory)) };
      const projected = structuredClone(recommendedObject);
      for (const c of containersOf(podTemplateOf(projected, analysis.head.config.workloadKinds)!)) {
        const req = asObject(asObject(c.container.resources)?.requests);
        if (!req) continue;
        if (req.cpu !== undefined) req.cpu = cpuQuantity(parseQuantity(req.cpu)! * g.cpu);
        if (req.memory !== undefined) req.memory = memoryQuantity(parseQuantity(req.memory)! * g.memory);
      }
      const monthly = cents(estimate(projected));
      const budget = analysis.head.config.budgets.workload;
      rec.forecast = { monthly, growth: { cpu: Math.round(g.cpu * 1000) / 1000, memory: Math.round(g.memory * 1000) / 1000 }, ...(budget !== undefined && monthly > budget ? { overBudget: budget } : {}) };
    }
    out.push(rec);
  }
  return { strategy: options.strategy, windowSeconds: options.windowSeconds, resources: out, unmatched, saving: cents(out.reduce((a, r) => a + r.monthly.saving, 0)) };
}
