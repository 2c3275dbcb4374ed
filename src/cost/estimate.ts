// The monthly cost of every resource of a render (SPEC §4): workloads by their
// pod templates and replica ranges, storage, load balancers. Pure: resources,
// prices and assumptions in, one estimate per costed resource out.
import type { KubeObject, Resource } from '../manifest/resource.js';
import { CronError, firingsInYear } from './cron.js';
import { podHourlyRate, podResources, type ContainerDefaults, type PodSpec } from './pod.js';
import type { Prices } from './prices.js';
import { GIB, parseQuantity } from './quantity.js';
import { apiGroup, valueAt } from '../manifest/pointer.js';

export interface Breakdown {
  cpu: number;
  memory: number;
  gpu: number;
  storage: number;
  network: number;
}

export interface CostEstimate {
  monthly: { min: number; max: number };
  /** On the min basis. */
  breakdown: Breakdown;
  breakdownMax: Breakdown;
  replicas?: { min: number; max: number };
  /** Bare Jobs: the cost of one run, not part of the monthly figure. */
  perRun?: number;
  /** A Rollout's transient surge during an update: not part of the monthly figure. */
  peak?: { replicas: number; monthly: number };
  /** Per-pod figures, for tables. */
  pod?: { cpu: number; memoryGiB: number; gpus: number; gpuType?: string; spot: boolean; hourly: number };
  assumptions: string[];
}

export interface WorkloadKind {
  apiVersion: string;
  kind: string;
  /** JSON pointer to a pod template (with `spec`) or a pod spec (with `containers`). */
  podTemplatePath: string;
  replicasPath?: string;
}

export interface Assumptions {
  daemonSetNodes: number;
  /** Duration of one CronJob or Job run without an expected-duration annotation, e.g. `10m`. */
  cronJobDuration: string;
}

export interface EstimateOptions {
  prices: Prices;
  assumptions?: Partial<Assumptions>;
  workloadKinds?: WorkloadKind[];
  /** Namespace of resources that set none (the render's destination namespace). */
  defaultNamespace?: string;
}

export const DEFAULT_ASSUMPTIONS: Assumptions = { daemonSetNodes: 3, cronJobDuration: '10m' };
const EXPECTED_DURATION = 'tollgate.dev/expected-duration';
const HOURS_PER_YEAR = 8760;

const empty = (why: string): CostEstimate => {
  const nothing = zero();
  return { monthly: { min: 0, max: 0 }, breakdown: nothing, breakdownMax: nothing, assumptions: [why] };
};

const zero = (): Breakdown => ({ cpu: 0, memory: 0, gpu: 0, storage: 0, network: 0 });
const scale = (b: Breakdown, k: number): Breakdown => ({ cpu: b.cpu * k, memory: b.memory * k, gpu: b.gpu * k, storage: b.storage * k, network: b.network * k });
const sum = (b: Breakdown) => b.cpu + b.memory + b.gpu + b.storage + b.network;
const plus = (a: Breakdown, b: Breakdown): Breakdown => ({ cpu: a.cpu + b.cpu, memory: a.memory + b.memory, gpu: a.gpu + b.gpu, storage: a.storage + b.storage, network: a.network + b.network });

/** `30m`, `1h30m`, `90s`, `2h` → hours. */
export function parseDuration(text: string): number | undefined {
  const match = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(text.trim());
  if (!match || text.trim() === '') return undefined;
  const [, h, m, s] = match;
  return Number(h ?? 0) + Number(m ?? 0) / 60 + Number(s ?? 0) / 3600;
}



interface Workload {
  resource: Resource;
  /** Pod spec, when the workload runs pods. */
  spec?: PodSpec;
  /** Fixed replicas (Deployment-like) or how pods are counted. */
  mode: 'replicas' | 'daemonset' | 'job' | 'cronjob' | 'pod';
  replicas: number;
  explicitReplicas: boolean;
  namespace: string;
}

function isHelmTestHook(object: KubeObject): boolean {
  const hook = object.metadata?.annotations?.['helm.sh/hook'];
  return typeof hook === 'string' && hook.split(',').some((h) => h.trim().startsWith('test'));
}

function templateSpec(object: KubeObject, pointer: string): PodSpec | undefined {
  const node = valueAt(object, pointer) as Record<string, unknown> | undefined;
  if (!node || typeof node !== 'object') return undefined;
  if (Array.isArray(node.containers)) return node as PodSpec;
  const spec = node.spec as Record<string, unknown> | undefined;
  return spec && Array.isArray(spec.containers) ? (spec as PodSpec) : undefined;
}

const BUILTIN: Record<string, { template: string; mode: Workload['mode'] }> = {
  '/Pod': { template: '/spec', mode: 'pod' },
  'apps/Deployment': { template: '/spec/template', mode: 'replicas' },
  'apps/ReplicaSet': { template: '/spec/template', mode: 'replicas' },
  'apps/StatefulSet': { template: '/spec/template', mode: 'replicas' },
  'apps/DaemonSet': { template: '/spec/template', mode: 'daemonset' },
  '/ReplicationController': { template: '/spec/template', mode: 'replicas' },
  'batch/Job': { template: '/spec/template', mode: 'job' },
  'batch/CronJob': { template: '/spec/jobTemplate/spec/template', mode: 'cronjob' },
  'argoproj.io/Rollout': { template: '/spec/template', mode: 'replicas' },
};

function namespaceOf(object: KubeObject, fallback: string): string {
  return object.metadata?.namespace ?? fallback;
}

function workloadOf(resource: Resource, options: EstimateOptions, fallbackNs: string): Workload | undefined {
  const object = resource.object;
  const builtin = BUILTIN[`${apiGroup(object.apiVersion)}/${object.kind}`];
  const custom = options.workloadKinds?.length ? options.workloadKinds.find((w) => w.apiVersion === object.apiVersion && w.kind === object.kind) : undefined;
  if (!builtin && !custom) return undefined;
  const spec = custom ? templateSpec(object, custom.podTemplatePath) : templateSpec(object, builtin.template);
  const replicasRaw = custom ? (custom.replicasPath ? valueAt(object, custom.replicasPath) : undefined) : valueAt(object, '/spec/replicas');
  const explicitReplicas = typeof replicasRaw === 'number';
  return {
    resource,
    spec,
    mode: custom ? 'replicas' : builtin.mode,
    replicas: explicitReplicas ? (replicasRaw as number) : 1,
    explicitReplicas,
    namespace: namespaceOf(object, fallbackNs),
  };
}

/** Autoscaler ranges by target `kind/namespace/name`. */
function autoscalerRanges(resources: Resource[], fallbackNs: string): Map<string, { min: number; max: number; by: string }> {
  const ranges = new Map<string, { min: number; max: number; by: string }>();
  for (const { object } of resources) {
    const spec = (object.spec ?? {}) as Record<string, unknown>;
    const target = spec.scaleTargetRef as { kind?: string; name?: string } | undefined;
    if (!target?.name) continue;
    const ns = namespaceOf(object, fallbackNs);
    if (object.kind === 'HorizontalPodAutoscaler' && apiGroup(object.apiVersion) === 'autoscaling') {
      const min = typeof spec.minReplicas === 'number' ? spec.minReplicas : 1;
      const max = typeof spec.maxReplicas === 'number' ? spec.maxReplicas : min;
      ranges.set(`${target.kind}/${ns}/${target.name}`, { min, max, by: `HorizontalPodAutoscaler ${object.metadata?.name}` });
    } else if (object.kind === 'ScaledObject' && apiGroup(object.apiVersion) === 'keda.sh') {
      const min = typeof spec.minReplicaCount === 'number' ? spec.minReplicaCount : 0;
      const max = typeof spec.maxReplicaCount === 'number' ? spec.maxReplicaCount : 100;
      ranges.set(`${target.kind ?? 'Deployment'}/${ns}/${target.name}`, { min, max, by: `KEDA ScaledObject ${object.metadata?.name}` });
    }
  }
  return ranges;
}

/** LimitRange container defaults by namespace (the first LimitRange of each namespace that sets any). */
function limitRangeDefaults(resources: Resource[], fallbackNs: string): Map<string, ContainerDefaults> {
  const out = new Map<string, ContainerDefaults>();
  for (const { object } of resources) {
    if (object.kind !== 'LimitRange') continue;
    const ns = namespaceOf(object, fallbackNs);
    const limits = ((object.spec as { limits?: unknown[] })?.limits ?? []) as Array<Record<string, unknown>>;
    for (const item of limits) {
      if (item?.type !== 'Container') continue;
      // The API server defaults defaultRequest to default, and default to max.
      const limitDefaults = (item.default ?? item.max ?? {}) as Record<string, unknown>;
      const requestDefaults = { ...limitDefaults, ...((item.defaultRequest ?? {}) as Record<string, unknown>) };
      if (!out.has(ns)) out.set(ns, { requests: requestDefaults, limits: limitDefaults, source: `LimitRange ${object.metadata?.name}` });
    }
  }
  return out;
}

function storageOfClaim(spec: Record<string, unknown> | undefined, prices: Prices): { monthly: number; note: string } {
  const requested = parseQuantity((spec?.resources as { requests?: Record<string, unknown> })?.requests?.storage);
  const className = typeof spec?.storageClassName === 'string' ? spec.storageClassName : undefined;
  const lookup = prices.storage(className);
  const gib = (requested ?? 0) / GIB;
  return { monthly: gib * lookup.price, note: `${gib} GiB at ${lookup.price}/GiB-month (storage class ${className ?? 'default'} → ${lookup.key})` };
}

export function estimateCosts(resources: Resource[], options: EstimateOptions): Map<Resource, CostEstimate> {
  const { prices } = options;
  const assumptions = { ...DEFAULT_ASSUMPTIONS, ...options.assumptions };
  const fallbackNs = options.defaultNamespace ?? '';
  const hpm = prices.hoursPerMonth;
  const ranges = autoscalerRanges(resources, fallbackNs);
  const limitRanges = limitRangeDefaults(resources, fallbackNs);
  const out = new Map<Resource, CostEstimate>();

  // Deployments that a Rollout runs through workloadRef are costed on the Rollout.
  const referencedByRollout = new Map<string, Resource>();
  for (const r of resources) {
    if (r.object.kind !== 'Rollout' || apiGroup(r.object.apiVersion) !== 'argoproj.io') continue;
    const ref = (r.object.spec as { workloadRef?: { kind?: string; name?: string } } | undefined)?.workloadRef;
    if (ref?.name) referencedByRollout.set(`${ref.kind ?? 'Deployment'}/${namespaceOf(r.object, fallbackNs)}/${ref.name}`, r);
  }
  const byId = new Map<string, Resource>();
  if (referencedByRollout.size) for (const r of resources) byId.set(`${r.object.kind}/${namespaceOf(r.object, fallbackNs)}/${r.object.metadata?.name}`, r);

  for (const resource of resources) {
    const object = resource.object;
    const notes: string[] = [];
    const ns = namespaceOf(object, fallbackNs);

    if (object.kind === 'PersistentVolumeClaim' && !object.apiVersion?.includes('/')) {
      const { monthly, note } = storageOfClaim(object.spec as Record<string, unknown>, prices);
      const breakdown = { ...zero(), storage: monthly };
      out.set(resource, { monthly: { min: monthly, max: monthly }, breakdown, breakdownMax: breakdown, assumptions: [note] });
      continue;
    }
    if (object.kind === 'Service' && !object.apiVersion?.includes('/') && (object.spec as { type?: string })?.type === 'LoadBalancer') {
      const breakdown = { ...zero(), network: prices.loadBalancer };
      out.set(resource, { monthly: { min: prices.loadBalancer, max: prices.loadBalancer }, breakdown, breakdownMax: breakdown, assumptions: [`load balancer at ${prices.loadBalancer}/month`] });
      continue;
    }

    const workload = workloadOf(resource, options, fallbackNs);
    if (!workload) continue;
    if (isHelmTestHook(object)) {
      out.set(resource, empty('Helm test hook: runs only on `helm test`, not costed'));
      continue;
    }
    const rollout = referencedByRollout.size ? referencedByRollout.get(`${object.kind}/${ns}/${object.metadata?.name}`) : undefined;
    if (rollout) {
      out.set(resource, empty(`its pod template runs through Rollout ${rollout.object.metadata?.name} (workloadRef): costed there`));
      continue;
    }
    let spec = workload.spec;
    if (!spec && object.kind === 'Rollout') {
      const ref = (object.spec as { workloadRef?: { kind?: string; name?: string } })?.workloadRef;
      const target = ref?.name ? byId.get(`${ref.kind ?? 'Deployment'}/${ns}/${ref.name}`) : undefined;
      if (target) {
        spec = templateSpec(target.object, '/spec/template');
        notes.push(`pod template from ${ref?.kind ?? 'Deployment'} ${ref?.name} (workloadRef)`);
      } else if (ref?.name) {
        notes.push(`workloadRef ${ref.kind ?? 'Deployment'} ${ref.name} is not in the render; not costed`);
      }
    }
    if (!spec) {
      out.set(resource, empty('no pod template found'));
      continue;
    }

    const pod = podResources(spec, prices, limitRanges.size ? limitRanges.get(ns) : undefined);
    notes.push(...pod.notes);
    const rate = podHourlyRate(pod, prices);
    if (pod.spot) notes.push('runs on spot capacity: spot prices apply');
    if (pod.gpus > 0) notes.push(`GPU ${pod.gpuType ?? '(type not selected)'} priced as ${rate.gpuPriceKey}`);
    const podSummary = { cpu: pod.cpu, memoryGiB: pod.memoryGiB, gpus: pod.gpus, gpuType: pod.gpuType, spot: pod.spot, hourly: rate.total };


    if (workload.mode === 'job') {
      const jobSpec = object.spec as { completions?: number } | undefined;
      const completions = typeof jobSpec?.completions === 'number' ? jobSpec.completions : 1;
      const perRun = completions * runHours(object, assumptions, notes) * rate.total;
      notes.push(`per run: ${completions} completion(s); not part of the monthly total`);
      out.set(resource, { monthly: { min: 0, max: 0 }, breakdown: zero(), breakdownMax: zero(), perRun, pod: podSummary, assumptions: notes });
      continue;
    }
    if (workload.mode === 'cronjob') {
      const cronSpec = (object.spec ?? {}) as { schedule?: string; timeZone?: string; suspend?: boolean; jobTemplate?: { spec?: { completions?: number } } };
      if (cronSpec.suspend === true) {
        out.set(resource, { ...empty('suspended: costs nothing until resumed'), pod: podSummary });
        continue;
      }
      let firings = 0;
      try {
        firings = firingsInYear(String(cronSpec.schedule ?? ''), cronSpec.timeZone ?? 'UTC', 2025);
      } catch (error) {
        notes.push(`schedule ${JSON.stringify(cronSpec.schedule)}: ${(error as CronError).message}; not costed`);
      }
      const completions = typeof cronSpec.jobTemplate?.spec?.completions === 'number' ? cronSpec.jobTemplate.spec.completions : 1;
      const runsPerMonth = (firings * hpm) / HOURS_PER_YEAR;
      const podHours = runsPerMonth * completions * runHours(object, assumptions, notes);
      notes.push(`${firings} runs in 2025 (${cronSpec.timeZone ?? 'UTC'}) → ${runsPerMonth.toFixed(2)} per month`);
      const breakdown: Breakdown = { cpu: rate.cpu * podHours, memory: rate.memory * podHours, gpu: rate.gpu * podHours, storage: 0, network: 0 };
      out.set(resource, { monthly: { min: sum(breakdown), max: sum(breakdown) }, breakdown, breakdownMax: breakdown, pod: podSummary, assumptions: notes });
      continue;
    }

    let replicas = { min: workload.replicas, max: workload.replicas };
    if (workload.mode === 'daemonset') {
      replicas = { min: assumptions.daemonSetNodes, max: assumptions.daemonSetNodes };
      notes.push(`one pod on each of ${assumptions.daemonSetNodes} nodes (assumptions.daemonSetNodes)`);
    } else if (workload.mode === 'replicas') {
      const range = ranges.size ? ranges.get(`${object.kind}/${ns}/${object.metadata?.name}`) : undefined;
      if (range && workload.explicitReplicas && workload.replicas === 0) {
        notes.push(`spec.replicas is 0, which disables ${range.by}`);
      } else if (range) {
        replicas = { min: range.min, max: range.max };
        notes.push(`replicas ${range.min}..${range.max} from ${range.by}`);
      } else if (!workload.explicitReplicas) {
        notes.push('spec.replicas not set: 1');
      }
    }

    let storage = 0;
    if (object.kind === 'StatefulSet') {
      const templates = ((object.spec as { volumeClaimTemplates?: Array<{ spec?: Record<string, unknown>; metadata?: { name?: string } }> })?.volumeClaimTemplates ?? []);
      for (const t of templates) {
        const claim = storageOfClaim(t.spec, prices);
        storage += claim.monthly;
        notes.push(`volume ${t.metadata?.name}: ${claim.note} per replica`);
      }
    }
    // Monthly per replica, then × replicas; one object when the range is a single value.
    const perReplica: Breakdown = { cpu: rate.cpu * hpm, memory: rate.memory * hpm, gpu: rate.gpu * hpm, storage, network: 0 };
    const breakdown = scale(perReplica, replicas.min);
    const breakdownMax = replicas.max === replicas.min ? breakdown : scale(perReplica, replicas.max);
    const estimate: CostEstimate = {
      monthly: { min: sum(breakdown), max: sum(breakdownMax) },
      breakdown,
      breakdownMax,
      replicas,
      pod: podSummary,
      assumptions: notes,
    };
    if (object.kind === 'Rollout') {
      const peakReplicas = rolloutPeak(object, replicas.max);
      if (peakReplicas > replicas.max) {
        estimate.peak = { replicas: peakReplicas, monthly: sum(perReplica) * peakReplicas };
        notes.push(`during an update up to ${peakReplicas} pods run (peak, not in the monthly figure)`);
      }
    }
    out.set(resource, estimate);
  }
  return out;
}

/** Hours one run of a Job or CronJob takes: its expected-duration annotation, else the assumption. */
function runHours(object: KubeObject, assumptions: Assumptions, notes: string[]): number {
  const annotated = object.metadata?.annotations?.[EXPECTED_DURATION];
  const parsed = annotated ? parseDuration(annotated) : undefined;
  if (annotated && parsed === undefined) notes.push(`${EXPECTED_DURATION} ${JSON.stringify(annotated)} is not a duration like 30m; using ${assumptions.cronJobDuration}`);
  if (parsed !== undefined) return parsed;
  notes.push(`each run takes ${assumptions.cronJobDuration} (assumptions.cronJobDuration; set ${EXPECTED_DURATION} to say otherwise)`);
  return parseDuration(assumptions.cronJobDuration) ?? 1 / 6;
}

/** Pods a Rollout runs at most during an update: blue-green runs both stacks, canary surges. */
function rolloutPeak(object: KubeObject, replicas: number): number {
  const strategy = (object.spec as { strategy?: Record<string, Record<string, unknown>> })?.strategy ?? {};
  if (strategy.blueGreen) {
    const preview = strategy.blueGreen.previewReplicaCount;
    return replicas + (typeof preview === 'number' ? preview : replicas);
  }
  if (strategy.canary) {
    const surge = strategy.canary.maxSurge ?? '25%';
    const extra = typeof surge === 'number' ? surge : Math.ceil((replicas * Number.parseFloat(String(surge))) / 100);
    return replicas + (Number.isFinite(extra) ? extra : 0);
  }
  return replicas;
}

export interface CostTotals {
  monthly: { min: number; max: number };
  breakdown: Breakdown;
  breakdownMax: Breakdown;
}

export function totalCost(estimates: Iterable<CostEstimate>): CostTotals {
  let breakdown = zero();
  let breakdownMax = zero();
  for (const e of estimates) {
    breakdown = plus(breakdown, e.breakdown);
    breakdownMax = plus(breakdownMax, e.breakdownMax);
  }
  return { monthly: { min: sum(breakdown), max: sum(breakdownMax) }, breakdown, breakdownMax };
}

/** Money in reports: rounded to cents at the end, never before. */
export function cents(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** Money as annotations and budget messages write it: `412.37`. */
export function centsText(value: number): string {
  return cents(value).toFixed(2);
}
