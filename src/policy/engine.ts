// Runs every rule over a render, sets each finding's level from the config,
// its source line from the resource's location map, and its suppression from
// config exceptions (with expiry) or tollgate.dev/exempt.<rule> annotations.
import picomatch from 'picomatch';
import { TollgateError } from '../errors.js';
import type { TollgateConfig } from '../config/types.js';
import { locateField, type KubeObject, type Resource, type SourceLine } from '../manifest/resource.js';
import type { Finding, FindingLevel, Suppression } from './finding.js';
import { containersOf, podTemplateOf, type ContainerAt } from './podspec.js';
import type { RawFinding, RenderIndex, Rule } from './rule.js';
import { CLUSTER_RULES } from './rules/cluster.js';
import { PSS_BASELINE_IDS, PSS_RULES } from './rules/pss.js';
import { RELIABILITY_RULES, RESOURCE_RULES, SUPPLY_CHAIN_RULES } from './rules/workloads.js';
import type { ScanReport } from './scan-results.js';

/**
 * A finding whose source line is looked up when a report reads it (the render
 * path never does). The resource stays in a private field, so the
 * finding compares and serialises as plain data.
 */
class PolicyFinding implements Finding {
  readonly #resource: Resource;
  // Declared, not initialised: a large render holds ~10 findings per workload, and every slot counts for the GC.
  declare isNew?: boolean;

  constructor(
    readonly rule: string,
    readonly level: FindingLevel,
    readonly message: string,
    readonly path: string | undefined,
    readonly suppressed: Suppression | null,
    resource: Resource,
  ) {
    this.#resource = resource;
  }

  get source(): SourceLine | undefined {
    let source = located.get(this);
    if (source === undefined) {
      const resource = this.#resource;
      source = (this.path !== undefined ? locateField(resource, this.path) : resource.source ? { file: resource.source.file, line: resource.source.line } : undefined) ?? null;
      located.set(this, source);
    }
    return source ?? undefined;
  }
}

// Source lines of findings, looked up once when a report first reads one. Kept aside rather than in a
// field: the render path never reads them, and a large render holds ~10 findings per workload.
const located = new WeakMap<PolicyFinding, SourceLine | null>();

export const RULES: Rule[] = [...PSS_RULES, ...SUPPLY_CHAIN_RULES, ...RESOURCE_RULES, ...CLUSTER_RULES, ...RELIABILITY_RULES];

const NO_RESOURCES: Resource[] = [];
const NO_CONTAINERS: ContainerAt[] = [];
const EXEMPT_PREFIX = 'tollgate.dev/exempt.';
const PSS_LEVELS = ['privileged', 'baseline', 'restricted'] as const;

export interface PolicyOptions {
  config: TollgateConfig;
  defaultNamespace?: string;
  /** The clock for exception expiry (TOLLGATE_NOW, else the system time). */
  now: Date;
  /** The Kubernetes version the app targets (X.Y.Z), for version-dependent checks. */
  kubeVersion?: string;
  scanReports?: ScanReport[];
}

export interface PolicyResult {
  findings: Map<Resource, Finding[]>;
  warnings: string[];
}

function renderIndex(resources: Resource[], defaultNamespace: string, kubeVersion?: string, scanReports: ScanReport[] = []): RenderIndex {
  const enforced = new Map<string, (typeof PSS_LEVELS)[number]>();
  for (const r of resources) {
    if (r.object.kind !== 'Namespace') continue;
    const level = r.object.metadata?.labels?.['pod-security.kubernetes.io/enforce'];
    if (PSS_LEVELS.includes(level as never)) enforced.set(String(r.object.metadata?.name), level as (typeof PSS_LEVELS)[number]);
  }
  const minor = kubeVersion ? Number(/^v?1\.(\d+)/.exec(kubeVersion)?.[1]) : undefined;
  const namespaceOf = (object: KubeObject) => object.metadata?.namespace ?? defaultNamespace;
  // kind → namespace → resources, built on first use; nested maps, so a lookup builds no key string.
  let byKind: Map<unknown, Map<string, Resource[]>> | undefined;
  const inNamespace = (kind: string, namespace: string): Resource[] => {
    if (!byKind) {
      byKind = new Map();
      for (const r of resources) {
        let namespaces = byKind.get(r.object.kind);
        if (!namespaces) byKind.set(r.object.kind, (namespaces = new Map()));
        const ns = namespaceOf(r.object);
        const list = namespaces.get(ns);
        if (list) list.push(r);
        else namespaces.set(ns, [r]);
      }
    }
    return byKind.get(kind)?.get(namespace) ?? NO_RESOURCES;
  };
  return {
    inNamespace,
    resources,
    defaultNamespace,
    kubeMinor: Number.isFinite(minor) ? minor : undefined,
    scanReports,
    namespaceOf,
    enforcedLevel: (namespace) => enforced.get(namespace),
  };
}

// As in Argo CD's globs, `*` also crosses `/`: `quay.io/*` matches every image of that registry.
const glob = (pattern: string | undefined, value: string | undefined) => pattern === undefined || picomatch.isMatch(value ?? '', pattern, { dot: true, bash: true });

/** The end of an `expires` day: exceptions apply through 23:59:59 UTC. */
function expiryOf(expires: string): number {
  return Date.parse(`${expires}T23:59:59.999Z`);
}

export function evaluatePolicy(resources: Resource[], options: PolicyOptions): PolicyResult {
  const { config } = options;
  const defaultNamespace = options.defaultNamespace ?? '';
  const index = renderIndex(resources, defaultNamespace, options.kubeVersion, options.scanReports);
  const anyEnforced = resources.some((r) => r.object.kind === 'Namespace' && r.object.metadata?.labels?.['pod-security.kubernetes.io/enforce']);
  const levels = config.policy.rules;
  const active = RULES.filter((r) => levels[r.id] !== 'off');
  // Each rule with what the loop needs of it, worked out once rather than per resource.
  const plan = (rules: Rule[]) =>
    rules.map((rule) => ({ rule, level: (levels[rule.id] as FindingLevel | undefined) ?? rule.level, pss: rule.id.startsWith('pss-'), baseline: PSS_BASELINE_IDS.has(rule.id) }));
  const resourcePlan = plan(active.filter((r) => r.scope === 'resource'));
  const podPlan = [...plan(active.filter((r) => r.scope === 'pod')), ...resourcePlan];
  const warnings: string[] = [];
  const expiredWarned = new Set<number>();
  const allowAnnotations = config.policy.allowAnnotationExemptions;
  const locked = new Set(config.policy.lockedRules ?? []);
  const noExceptions = config.policy.exceptions.length === 0;
  const findings = new Map<Resource, Finding[]>();

  for (const resource of resources) {
    const object = resource.object;
    const namespace = index.namespaceOf(object);
    const template = podTemplateOf(object, config.workloadKinds);
    const containers = template ? containersOf(template) : NO_CONTAINERS;
    const ctx = { resource, object, namespace, template, containers, config, index };
    // Without exceptions or annotations nothing can be suppressed: skip the lookup for every finding.
    const mayBeSuppressed = !noExceptions || object.metadata?.annotations !== undefined || template?.metadata?.annotations !== undefined;
    let list: Finding[] | undefined;
    for (const { rule, level: configured, pss, baseline } of template ? podPlan : resourcePlan) {
      let raw: RawFinding[];
      try {
        raw = rule.check(ctx);
      } catch (error) {
        warnings.push(`rule ${rule.id} failed on ${object.kind}/${object.metadata?.name}: ${(error as Error).message}`);
        continue;
      }
      if (raw.length === 0) continue;
      let level = configured;
      // A namespace that enforces a PSS level makes its violations admission failures.
      const enforced = pss && anyEnforced ? index.enforcedLevel(namespace) : undefined;
      const enforcedHere = enforced === 'restricted' || (enforced === 'baseline' && baseline);
      if (enforcedHere) level = 'error';
      list ??= [];
      for (const r of raw) {
        const message = enforcedHere ? `${r.message} (namespace ${namespace} enforces ${enforced}: the API server will reject it)` : r.message;
        const suppressed = mayBeSuppressed ? suppression(rule.id, r, object, namespace, template?.metadata?.annotations) : null;
        list.push(new PolicyFinding(rule.id, level, message, r.path, suppressed, resource));
      }
    }
    if (list) findings.set(resource, list);
  }
  return { findings, warnings };

  function suppression(rule: string, raw: RawFinding, object: KubeObject, namespace: string, templateAnnotations?: Record<string, string>): Suppression | null {
    const exceptions = config.policy.exceptions;
    for (let i = 0; i < exceptions.length; i++) {
      // (few exceptions per app: a linear scan is the fast path)
      const e = exceptions[i];
      if (!e.rules.includes(rule) && !e.rules.includes('*') && !(raw.subject !== undefined && e.rules.includes(`${rule}:${raw.subject}`))) continue;
      const m = e.match ?? {};
      if (!glob(m.namespace, namespace) || !glob(m.kind, object.kind) || !glob(m.name, object.metadata?.name)) continue;
      if (m.container !== undefined && (raw.container === undefined || !glob(m.container, raw.container))) continue;
      if (m.image !== undefined && (raw.image === undefined || !glob(m.image, raw.image))) continue;
      if (e.expires && options.now.getTime() > expiryOf(e.expires)) {
        if (!expiredWarned.has(i)) {
          expiredWarned.add(i);
          warnings.push(`the exception for ${e.rules.join(', ')} (${e.reason}) expired on ${e.expires}; its findings count again`);
        }
        continue;
      }
      return { by: 'exception', reason: e.reason, ...(e.expires ? { expires: e.expires } : {}) };
    }
    if (!object.metadata?.annotations && !templateAnnotations) return null;
    const allowed = !locked.has(rule) && (allowAnnotations === true || (Array.isArray(allowAnnotations) && allowAnnotations.includes(rule)));
    if (allowed) {
      const reason = object.metadata?.annotations?.[`${EXEMPT_PREFIX}${rule}`] ?? templateAnnotations?.[`${EXEMPT_PREFIX}${rule}`];
      if (typeof reason === 'string' && reason.trim() !== '') return { by: 'annotation', reason: reason.trim() };
    }
    return null;
  }
}

/** TOLLGATE_NOW (RFC 3339) when set, so tests and reproducible runs can pin the clock. */
export function policyClock(env: NodeJS.ProcessEnv = process.env): Date {
  const pinned = env.TOLLGATE_NOW;
  if (!pinned) return new Date();
  const parsed = new Date(pinned);
  if (Number.isNaN(parsed.getTime())) throw new TollgateError('usage', `TOLLGATE_NOW=${pinned} is not an RFC 3339 time`, { hint: 'e.g. TOLLGATE_NOW=2026-01-31T12:00:00Z' });
  return parsed;
}
