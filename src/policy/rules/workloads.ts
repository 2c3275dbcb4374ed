// Supply chain, resources/FinOps and reliability rules on pod templates.
import { parseImageReference, ImageReferenceError } from '../../sbom/images.js';
import { gpuTypeOf, selectsSpot } from '../../cost/pod.js';
import { gpuModel } from '../../cost/prices.js';
import type { RawFinding, Rule, RuleContext } from '../rule.js';
import { SEVERITY_ORDER, reportsFor } from '../scan-results.js';
import { asObject } from '../../manifest/pointer.js';
import { joined } from '../shared-strings.js';

const obj = asObject;

/** Shared by checks that find nothing. */
const NONE: RawFinding[] = [];

/** Every container's image, ephemeral containers included: they run code too. */
function images(ctx: RuleContext) {
  return ctx.containers.map((c) => ({ c, image: typeof c.container.image === 'string' ? c.container.image : '' }));
}

const imageFinding = (c: RuleContext['containers'][number], image: string, message: string): RawFinding => ({
  message: c.label + message,
  path: joined(c.pointer, '/image'),
  container: c.name,
  image,
});

function podRule(id: string, level: Rule['level'], title: string, description: string, rationale: string, frameworks: string[], check: (ctx: RuleContext) => RawFinding[]): Rule {
  return { id, level, title, description, rationale, frameworks, scope: 'pod', check };
}

export const SUPPLY_CHAIN_RULES: Rule[] = [
  podRule(
    'trusted-registry',
    'error',
    'Images from trusted registries',
    'Every image must start with one of policy.trustedRegistries (inactive while that list is empty).',
    'Images from unknown registries bypass the scanning and signing your registry enforces.',
    ['CIS 5.5.1', 'NIST 800-190 4.1.1'],
    (ctx) => {
      const trusted = ctx.config.policy.trustedRegistries;
      if (trusted.length === 0) return [];
      return images(ctx).flatMap(({ c, image }) => {
        let qualified = image;
        try {
          const ref = parseImageReference(image);
          qualified = `${ref.name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
        } catch {
          // an unparseable reference is reported by image-tag-latest
        }
        return trusted.some((prefix) => image.startsWith(prefix) || qualified.startsWith(prefix)) ? [] : [imageFinding(c, image, `image ${image} is not from a trusted registry`)];
      });
    },
  ),
  podRule(
    'image-digest',
    'warning',
    'Images pinned by digest',
    'Every image must carry an @sha256 digest.',
    'A tag can be moved to other content; a digest cannot, so what was reviewed is what runs.',
    ['SLSA', 'NIST 800-190 4.1.2'],
    (ctx) => {
      let out: RawFinding[] | undefined;
      for (const c of ctx.containers) {
        const image = c.image;
        let pinned = true;
        try {
          pinned = Boolean(parseImageReference(image).digest);
        } catch {
          // unparseable: image-tag-latest reports it
        }
        if (!pinned) (out ??= []).push(imageFinding(c, image, `image ${image} is not pinned by digest`));
      }
      return out ?? NONE;
    },
  ),
  podRule(
    'image-tag-latest',
    'error',
    'No latest or missing tags',
    'An image must name a tag other than latest, or a digest.',
    'latest (or no tag) changes under you: the same manifest deploys different code tomorrow.',
    ['CIS 5.5.1', 'NSA/CISA hardening'],
    (ctx) => {
      let out: RawFinding[] | undefined;
      for (const c of ctx.containers) {
        const image = c.image;
        let message: string | undefined;
        try {
          const ref = parseImageReference(image);
          if (ref.digest) continue;
          if (!ref.tag) message = `image ${image} has neither tag nor digest (means latest)`;
          else if (ref.tag === 'latest') message = `image ${image} uses the latest tag`;
        } catch (error) {
          message = (error as ImageReferenceError).message;
        }
        if (message !== undefined) (out ??= []).push(imageFinding(c, image, message));
      }
      return out ?? NONE;
    },
  ),
  podRule(
    'image-vulnerabilities',
    'warning',
    'No known vulnerabilities at or above the threshold',
    'Images must have no vulnerability at or above policy.vulnerabilities.failOn (default critical) in the scanner reports given with --scan-results (Trivy or Grype JSON); with ignoreUnfixed, vulnerabilities without a fix are left out. One finding per image and vulnerability; an exception may name `image-vulnerabilities:<CVE id>`.',
    'A known, fixable vulnerability in a deployed image is the cheapest attack there is.',
    ['NIST 800-190 4.1.1', 'CIS 5.5'],
    (ctx) => {
      if (ctx.index.scanReports.length === 0) return [];
      const { failOn, ignoreUnfixed } = ctx.config.policy.vulnerabilities;
      const threshold = SEVERITY_ORDER[failOn];
      return images(ctx).flatMap(({ c, image }) => {
        const seen = new Set<string>();
        return reportsFor(image, ctx.index.scanReports).flatMap((report) =>
          report.vulnerabilities
            .filter((v) => SEVERITY_ORDER[v.severity] >= threshold && !(ignoreUnfixed && !v.fixedIn))
            .filter((v) => !seen.has(v.id) && seen.add(v.id))
            .map((v) => ({
              ...imageFinding(c, image, `${v.id} (${v.severity}) in ${v.package}${v.installed ? ` ${v.installed}` : ''}${v.fixedIn ? `, fixed in ${v.fixedIn}` : ', no fix yet'}`),
              subject: v.id,
            })),
        );
      });
    },
  ),
];

const BATCH_KINDS = new Set(['Job', 'CronJob']);

const isGpuResource = (name: string) => name.endsWith('/gpu') || name.startsWith('nvidia.com/mig-') || name === 'nvidia.com/gpu.shared';
const namesGpu = (map: Record<string, unknown> | undefined) => {
  if (map) for (const name in map) if (isGpuResource(name)) return true;
  return false;
};
const requestsGpu = (c: RuleContext['containers'][number]) => {
  const r = obj(c.container.resources);
  return r !== undefined && (namesGpu(obj(r.limits)) || namesGpu(obj(r.requests)));
};

export const RESOURCE_RULES: Rule[] = [
  podRule(
    'resources-requests',
    'warning',
    'CPU and memory requests set',
    'Every container must request cpu and memory (a limit counts as the request).',
    'The scheduler packs nodes by requests; without them a pod costs nothing on paper and everything in practice.',
    ['FinOps', 'CIS 5.7'],
    (ctx) => {
      let out: RawFinding[] | undefined;
      for (const c of ctx.containers) {
        if (c.kind === 'ephemeralContainers') continue;
        const r = obj(c.container.resources);
        const requests = obj(r?.requests);
        const limits = obj(r?.limits);
        const cpu = requests?.cpu !== undefined || limits?.cpu !== undefined;
        const memory = requests?.memory !== undefined || limits?.memory !== undefined;
        if (cpu && memory) continue;
        const missing = !cpu && !memory ? 'cpu or memory' : !cpu ? 'cpu' : 'memory';
        (out ??= []).push({ message: `container ${c.name}: no ${missing} request`, path: `${c.pointer}${r ? '/resources' : ''}`, container: c.name });
      }
      return out ?? NONE;
    },
  ),
  podRule(
    'resources-limits',
    'error',
    'A memory limit set',
    'Every container must set a memory limit (and a cpu limit when policy.requireCpuLimits is true).',
    'A container without a memory limit can take the node down with it.',
    ['CIS 5.7', 'NSA/CISA hardening'],
    (ctx) => {
      let out: RawFinding[] | undefined;
      const cpuToo = ctx.config.policy.requireCpuLimits;
      for (const c of ctx.containers) {
        if (c.kind === 'ephemeralContainers') continue;
        const limits = obj(obj(c.container.resources)?.limits);
        const noMemory = limits?.memory === undefined;
        const noCpu = cpuToo && limits?.cpu === undefined;
        if (!noMemory && !noCpu) continue;
        const missing = noMemory && noCpu ? 'memory or cpu' : noMemory ? 'memory' : 'cpu';
        (out ??= []).push({ message: `container ${c.name}: no ${missing} limit`, path: `${c.pointer}${limits ? '/resources/limits' : c.container.resources ? '/resources' : ''}`, container: c.name });
      }
      return out ?? NONE;
    },
  ),
  podRule(
    'spot-for-batch',
    'info',
    'Batch runs on spot',
    'Jobs and CronJobs should select spot capacity (node selector, required affinity or toleration).',
    'Batch work restarts cheaply; spot capacity costs a fraction of on-demand.',
    ['FinOps'],
    (ctx) => (BATCH_KINDS.has(String(ctx.object.kind)) && !selectsSpot(ctx.template!.spec) ? [{ message: `${ctx.object.kind} does not run on spot capacity`, path: ctx.template!.pointer }] : NONE),
  ),
  podRule(
    'gpu-critical-only',
    'warning',
    'GPUs only for critical workloads',
    'A workload requesting GPUs of a type not in policy.gpuForAll must carry a priorityClassName from policy.criticalPriorityClasses or the label tollgate.dev/tier: critical.',
    'GPUs are the most expensive capacity in the cluster; they go to the workloads that need them.',
    ['FinOps'],
    (ctx) => {
      if (!ctx.containers.some(requestsGpu)) return NONE;
      const type = gpuTypeOf(ctx.template!.spec);
      const allowed = ctx.config.policy.gpuForAll;
      if (type && allowed.some((a) => a === type || (gpuModel(a) !== undefined && gpuModel(a) === gpuModel(type)))) return [];
      const priority = ctx.template!.spec.priorityClassName;
      if (typeof priority === 'string' && ctx.config.policy.criticalPriorityClasses.includes(priority)) return [];
      const labels = { ...(ctx.object.metadata?.labels ?? {}), ...(ctx.template!.metadata?.labels ?? {}) };
      if (labels['tollgate.dev/tier'] === 'critical') return [];
      return [{ message: `requests ${type ?? 'GPUs'} without a critical priority class or the label tollgate.dev/tier: critical`, path: ctx.template!.pointer }];
    },
  ),
  podRule(
    'cost-labels',
    'warning',
    'Cost allocation labels',
    'Workloads must carry the labels in policy.costLabels (default: team) on the resource or its pod template.',
    'Cost reports group by these labels; an unlabelled workload is a cost nobody owns.',
    ['FinOps'],
    (ctx) => {
      const own = ctx.object.metadata?.labels;
      const template = ctx.template!.metadata?.labels;
      const wanted = ctx.config.policy.costLabels;
      if (wanted.every((l) => own?.[l] || template?.[l])) return NONE;
      const missing = wanted.filter((l) => !own?.[l] && !template?.[l]);
      return [{ message: `missing label${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, path: '/metadata' }];
    },
  ),
];

const PROBE_MISSING = { readinessProbe: 'no readinessProbe', livenessProbe: 'no livenessProbe' };
const SERVING_KINDS = new Set(['Deployment', 'StatefulSet', 'Rollout', 'ReplicaSet', 'ReplicationController']);

/** A probe every app container of a long-running workload should have. */
function probeRule(probe: 'readinessProbe' | 'livenessProbe', id: string, level: Rule['level'], title: string, description: string, rationale: string): Rule {
  return podRule(id, level, title, description, rationale, ['reliability'], (ctx) => {
    if (!SERVING_KINDS.has(String(ctx.object.kind)) && ctx.object.kind !== 'DaemonSet') return NONE;
    let out: RawFinding[] | undefined;
    for (const c of ctx.containers) if (c.kind === 'containers' && !c.container[probe]) (out ??= []).push({ message: joined(c.label, PROBE_MISSING[probe]), path: c.pointer, container: c.name });
    return out ?? NONE;
  });
}

export const RELIABILITY_RULES: Rule[] = [
  probeRule('readinessProbe', 'probe-readiness', 'warning', 'Readiness probes', 'Long-running workloads must give every container a readinessProbe.', 'Without one, traffic reaches pods before they can serve it.'),
  probeRule('livenessProbe', 'probe-liveness', 'info', 'Liveness probes', 'Long-running workloads should give every container a livenessProbe.', 'A hung process is restarted only when something checks it.'),
  podRule(
    'replicas-min',
    'info',
    'More than one replica',
    'Deployments, StatefulSets and Rollouts should run at least 2 replicas (or an autoscaler with minReplicas ≥ 2).',
    'A single replica is down during every rollout and node drain.',
    ['reliability'],
    (ctx) => {
      if (!SERVING_KINDS.has(String(ctx.object.kind))) return NONE;
      const replicas = obj(ctx.object.spec)?.replicas;
      const n = typeof replicas === 'number' ? replicas : 1;
      if (n === 0 || n >= 2) return NONE;
      const scalesUp = (r: { object: { kind?: string; spec?: unknown } }) => {
        const spec = obj(r.object.spec);
        const target = obj(spec?.scaleTargetRef);
        const min = r.object.kind === 'HorizontalPodAutoscaler' ? spec?.minReplicas ?? 1 : spec?.minReplicaCount ?? 0;
        return typeof min === 'number' && min >= 2 && target?.name === ctx.object.metadata?.name;
      };
      const scaled = ctx.index.inNamespace('HorizontalPodAutoscaler', ctx.namespace).some(scalesUp) || ctx.index.inNamespace('ScaledObject', ctx.namespace).some(scalesUp);
      return scaled ? NONE : [{ message: `runs ${n} replica`, path: typeof replicas === 'number' ? '/spec/replicas' : '/spec' }];
    },
  ),
];
