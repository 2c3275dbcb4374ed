// Where pod specs live in every workload kind, and how to visit containers.
import type { WorkloadKind } from '../cost/estimate.js';
import type { KubeObject } from '../manifest/resource.js';
import { apiGroup, asObject, valueAt } from '../manifest/pointer.js';
import { joined } from './shared-strings.js';

export interface PodTemplate {
  /** The pod spec object. */
  spec: Record<string, unknown>;
  /** JSON pointer of the pod spec inside the resource. */
  pointer: string;
  /** The pod template's metadata (annotations, labels), when it has one. */
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  /** The pod's securityContext, or a shared empty one: rules read it without checking. */
  security: Record<string, unknown>;
}

/** Read-only stand-in for an absent securityContext (no allocation per pod or container). */
const NO_SECURITY_CONTEXT: Record<string, unknown> = Object.freeze({});
const securityOf = (holder: Record<string, unknown>) => asObject(holder.securityContext) ?? NO_SECURITY_CONTEXT;


// kind → API group → where its pod template is (nested, so a lookup builds no key string).
const TEMPLATES: Record<string, Record<string, string> | undefined> = {
  Pod: { '': '' },
  Deployment: { apps: '/spec/template' },
  ReplicaSet: { apps: '/spec/template' },
  StatefulSet: { apps: '/spec/template' },
  DaemonSet: { apps: '/spec/template' },
  ReplicationController: { '': '/spec/template' },
  Job: { batch: '/spec/template' },
  CronJob: { batch: '/spec/jobTemplate/spec/template' },
  Rollout: { 'argoproj.io': '/spec/template' },
};


/** The pod template of a workload (a Pod's own spec), or undefined. */
export function podTemplateOf(object: KubeObject, workloadKinds: WorkloadKind[] = []): PodTemplate | undefined {
  const byGroup = Object.hasOwn(TEMPLATES, String(object.kind)) ? TEMPLATES[String(object.kind)] : undefined;
  const builtin = byGroup?.[apiGroup(object.apiVersion)];
  const custom = workloadKinds.length ? workloadKinds.find((w) => w.apiVersion === object.apiVersion && w.kind === object.kind) : undefined;
  const base = builtin ?? custom?.podTemplatePath;
  if (base === undefined) return undefined;
  const node = (base === '' ? object : valueAt(object, base)) as Record<string, unknown> | undefined;
  if (!node || typeof node !== 'object') return undefined;
  if (Array.isArray(node.containers)) {
    // A pod spec itself (custom kinds like KServe's predictor).
    return { spec: node, pointer: base, metadata: undefined, security: securityOf(node) };
  }
  const spec = node.spec as Record<string, unknown> | undefined;
  if (!spec || typeof spec !== 'object') return undefined;
  return { spec, pointer: `${base}/spec`, metadata: node.metadata as PodTemplate['metadata'], security: securityOf(spec) };
}

export interface ContainerAt {
  container: Record<string, unknown>;
  /** JSON pointer of the container. */
  pointer: string;
  kind: 'initContainers' | 'containers' | 'ephemeralContainers';
  /** The container's name ('' when absent) and image ('' when absent or not a string). */
  name: string;
  image: string;
  /** `container <name>: `, how findings about it begin. */
  label: string;
  /** Its securityContext, or a shared empty one. */
  security: Record<string, unknown>;
}

// `/containers/0`…: the list segments, made once.
const CONTAINER_PATHS = Object.fromEntries(
  (['initContainers', 'containers', 'ephemeralContainers'] as const).map((kind) => [kind, Array.from({ length: 32 }, (_, i) => `/${kind}/${i}`)]),
) as Record<ContainerAt['kind'], string[]>;

export function containersOf(template: PodTemplate): ContainerAt[] {
  const out: ContainerAt[] = [];
  for (const kind of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    const list = template.spec[kind];
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const container = list[i];
      if (!container || typeof container !== 'object') continue;
      out.push({
        container,
        pointer: joined(template.pointer, CONTAINER_PATHS[kind][i] ?? `/${kind}/${i}`),
        kind,
        name: String(container.name ?? ''),
        label: joined('container ', `${container.name ?? ''}: `),
        image: typeof container.image === 'string' ? container.image : '',
        security: securityOf(container),
      });
    }
  }
  return out;
}
