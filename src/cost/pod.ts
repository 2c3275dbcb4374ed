// What one pod asks the scheduler for, as Kubernetes computes it, and what it
// costs per hour. Requests fall back to limits, then to a LimitRange's
// defaults; init containers run one at a time (their largest counts), while
// restartable (sidecar) init containers run beside the app containers; the
// RuntimeClass overhead is added on top.
import { GIB, parseQuantity } from './quantity.js';
import { instanceTypeGpuModel, type Prices } from './prices.js';

export type PodSpec = Record<string, unknown> & {
  containers?: Container[];
  initContainers?: Container[];
  overhead?: Record<string, unknown>;
  nodeSelector?: Record<string, string>;
  affinity?: Record<string, unknown>;
  tolerations?: Array<Record<string, unknown>>;
  priorityClassName?: string;
};

export interface Container {
  name?: string;
  restartPolicy?: string;
  resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> };
}

/** Container defaults from LimitRanges of type Container in the pod's namespace. */
export interface ContainerDefaults {
  requests: Record<string, unknown>;
  limits: Record<string, unknown>;
  source: string;
}

export interface PodResources {
  cpu: number;
  memoryGiB: number;
  /** Whole GPUs, or the GPU share of MIG slices and time-sliced replicas. */
  gpus: number;
  gpuType?: string;
  spot: boolean;
  notes: string[];
}

const GPU_SELECTOR_KEYS = ['nvidia.com/gpu.product', 'cloud.google.com/gke-accelerator', 'karpenter.k8s.aws/instance-gpu-name'];
const INSTANCE_TYPE_KEYS = ['node.kubernetes.io/instance-type', 'beta.kubernetes.io/instance-type'];
const SPOT_LABELS: Array<[string, string]> = [
  ['karpenter.sh/capacity-type', 'spot'],
  ['eks.amazonaws.com/capacityType', 'SPOT'],
  ['cloud.google.com/gke-spot', 'true'],
  ['cloud.google.com/gke-preemptible', 'true'],
  ['kubernetes.azure.com/scalesetpriority', 'spot'],
];
const MIG = /^nvidia\.com\/mig-(\d+)g\.(\d+)gb$/;

/** Values a pod requires for a node label: nodeSelector, or required node affinity `In` terms. */
export function requiredNodeLabel(spec: PodSpec, key: string): string[] {
  const values: string[] = [];
  const selected = spec.nodeSelector?.[key];
  if (typeof selected === 'string') values.push(selected);
  const required = (spec.affinity as { nodeAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: unknown[] } } } | undefined)
    ?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  for (const term of Array.isArray(required) ? required : []) {
    for (const expression of ((term as { matchExpressions?: unknown[] })?.matchExpressions ?? []) as Array<Record<string, unknown>>) {
      if (expression?.key === key && expression.operator === 'In' && Array.isArray(expression.values)) {
        values.push(...expression.values.filter((v): v is string => typeof v === 'string'));
      }
    }
  }
  return values;
}

/** Whether the pod selects spot capacity (SPEC §4: nodeSelector, required affinity or toleration). */
export function selectsSpot(spec: PodSpec): boolean {
  if (!spec.nodeSelector && !spec.affinity && !spec.tolerations) return false;
  for (const [key, value] of SPOT_LABELS) {
    if (requiredNodeLabel(spec, key).some((v) => v.toLowerCase() === value.toLowerCase())) return true;
    for (const toleration of spec.tolerations ?? []) {
      if (toleration?.key !== key) continue;
      if (toleration.operator === 'Exists' || String(toleration.value ?? '').toLowerCase() === value.toLowerCase()) return true;
    }
  }
  return false;
}

/** The GPU type label value the pod asks for, if any (first matching key, first value). */
export function gpuTypeOf(spec: PodSpec): string | undefined {
  if (!spec.nodeSelector && !spec.affinity) return undefined;
  for (const key of GPU_SELECTOR_KEYS) {
    const values = requiredNodeLabel(spec, key);
    if (values.length) return values[0];
  }
  for (const key of INSTANCE_TYPE_KEYS) {
    for (const instanceType of requiredNodeLabel(spec, key)) {
      const model = instanceTypeGpuModel(instanceType);
      if (model) return model;
    }
  }
  return undefined;
}

/** Amounts by resource name (cpu in cores, memory in bytes, extended resources in units). */
type Amounts = Record<string, number>;

function add(into: Amounts, from: Amounts): void {
  for (const k in from) into[k] = (into[k] ?? 0) + from[k];
}
function maxInto(into: Amounts, from: Amounts): void {
  for (const k in from) if (!(from[k] <= (into[k] ?? 0))) into[k] = from[k];
}

function quantityOf(name: string, raw: unknown, origin: string, where: string, notes: string[]): number | undefined {
  const value = parseQuantity(raw);
  if (value !== undefined && value >= 0) return value;
  notes.push(`${where}: ${name} ${origin} ${JSON.stringify(raw)} is not a Kubernetes quantity; counted as 0`);
  return undefined;
}

/** Adds a container's effective requests to `out`: request, else limit, else the LimitRange default. */
function containerRequests(container: Container, defaults: ContainerDefaults | undefined, notes: string[], where: string, out: Amounts = {}): Amounts {
  const put = (name: string, value: number) => {
    out[name] = (out[name] ?? 0) + value;
  };
  const requests = container.resources?.requests;
  const limits = container.resources?.limits;
  if (requests) {
    for (const name in requests) {
      const value = quantityOf(name, requests[name], 'request', where, notes);
      if (value !== undefined) put(name, value);
    }
  }
  if (limits) {
    for (const name in limits) {
      if (requests && name in requests) continue;
      const value = quantityOf(name, limits[name], 'limit', where, notes);
      if (value !== undefined) put(name, value);
    }
  }
  for (const name of ['cpu', 'memory']) {
    if ((requests && name in requests) || (limits && name in limits)) continue;
    // LimitRanger sets the default request, or the default limit (which then serves as request).
    const raw = defaults ? defaults.requests[name] ?? defaults.limits[name] : undefined;
    if (raw === undefined) {
      notes.push(`${where}: no ${name} request or limit; counted as 0`);
      continue;
    }
    notes.push(`${where}: ${name} from ${defaults!.source}`);
    const value = quantityOf(name, raw, 'default', where, notes);
    if (value !== undefined) put(name, value);
  }
  return out;
}

/**
 * The pod's effective requests (KEP-753): max over regular init containers of
 * (that init container + the sidecars started before it), and the app
 * containers + all sidecars; plus overhead.
 */
export function podRequests(spec: PodSpec, defaults?: ContainerDefaults): { amounts: Amounts; notes: string[] } {
  const notes: string[] = [];
  const sidecars: Amounts = {};
  const initPeak: Amounts = {};
  const inits = spec.initContainers;
  if (inits) {
    for (let i = 0; i < inits.length; i++) {
      const init = inits[i];
      const requests = containerRequests(init, defaults, notes, `init container ${init.name ?? i}`);
      if (init.restartPolicy === 'Always') {
        add(sidecars, requests);
      } else {
        add(requests, sidecars);
        maxInto(initPeak, requests);
      }
    }
  }
  const amounts: Amounts = { ...sidecars };
  const containers = spec.containers ?? [];
  for (let i = 0; i < containers.length; i++) {
    containerRequests(containers[i], defaults, notes, `container ${containers[i].name ?? i}`, amounts);
  }
  maxInto(amounts, initPeak);
  for (const name in spec.overhead ?? {}) {
    const value = parseQuantity(spec.overhead![name]);
    if (value !== undefined) amounts[name] = (amounts[name] ?? 0) + value;
  }
  return { amounts, notes };
}

/** Requests turned into priced units. */
export function podResources(spec: PodSpec, prices: Prices, defaults?: ContainerDefaults): PodResources {
  const { amounts, notes } = podRequests(spec, defaults);
  const gpuType = gpuTypeOf(spec);
  let gpus = 0;
  for (const name in amounts) {
    const count = amounts[name];
    if (count <= 0 || name === 'cpu' || name === 'memory') continue;
    const mig = MIG.exec(name);
    if (mig) {
      gpus += (count * Number(mig[1])) / 7;
      continue;
    }
    if (name === 'nvidia.com/gpu.shared') {
      gpus += count * prices.gpuTimeSliceFraction;
      continue;
    }
    if (name.endsWith('/gpu')) gpus += count;
  }
  return {
    cpu: amounts.cpu ?? 0,
    memoryGiB: (amounts.memory ?? 0) / GIB,
    gpus,
    gpuType: gpus > 0 ? gpuType ?? migGpuType(amounts) : gpuType,
    spot: selectsSpot(spec),
    notes,
  };
}

/** A MIG slice names its parent's memory: 1g.5gb slices come from a 40 GB A100, 1g.10gb from an 80 GB one. */
function migGpuType(amounts: Amounts): string | undefined {
  for (const name in amounts) {
    const mig = MIG.exec(name);
    if (!mig) continue;
    const perSlice = Number(mig[2]) / Number(mig[1]);
    if (perSlice <= 5) return 'a100-40gb';
    return 'a100-80gb';
  }
  return undefined;
}

export interface PodRate {
  /** Per hour, by category. */
  cpu: number;
  memory: number;
  gpu: number;
  total: number;
  gpuPriceKey?: string;
}

export function podHourlyRate(pod: PodResources, prices: Prices): PodRate {
  const spot = pod.spot ? prices.spot : { cpu: 1, memory: 1, gpu: 1 };
  const cpu = pod.cpu * prices.cpu * spot.cpu;
  const memory = pod.memoryGiB * prices.memory * spot.memory;
  let gpu = 0;
  let gpuPriceKey: string | undefined;
  if (pod.gpus > 0) {
    const lookup = prices.gpu(pod.gpuType);
    gpu = pod.gpus * lookup.price * spot.gpu;
    gpuPriceKey = lookup.key;
  }
  return { cpu, memory, gpu, total: cpu + memory + gpu, gpuPriceKey };
}

