// Where pod specs live in every workload kind, and how to visit containers.
import type { WorkloadKind } from '../cost/estimate.js';
import type { KubeObject } from '../manifest/resource.js';
import { apiGroup, valueAt } from '../manifest/pointer.js';

export interface PodTemplate {
  /** The pod spec object. */
  spec: Record<string, unknown>;
  /** JSON pointer of the pod spec inside the resource. */
  pointer: string;
  /** The pod template's metadata (annotations, labels), when it has one. */
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
}


const TEMPLATES: Record<string, string> = {
  '/Pod': '',
  'apps/Deployment': '/spec/template',
  'apps/ReplicaSet': '/spec/template',
  'apps/StatefulSet': '/spec/template',
  'apps/DaemonSet': '/spec/template',
  '/ReplicationController': '/spec/template',
  'batch/Job': '/spec/template',
  'batch/CronJob': '/spec/jobTemplate/spec/template',
  'argoproj.io/Rollout': '/spec/template',
};


/** The pod template of a workload (a Pod's own spec), or undefined. */
export function podTemplateOf(object: KubeObject, workloadKinds: WorkloadKind[] = []): PodTemplate | undefined {
  const builtin = TEMPLATES[`${apiGroup(object.apiVersion)}/${object.kind}`];
  const custom = workloadKinds.length ? workloadKinds.find((w) => w.apiVersion === object.apiVersion && w.kind === object.kind) : undefined;
  const base = builtin ?? custom?.podTemplatePath;
  if (base === undefined) return undefined;
  const node = (base === '' ? object : valueAt(object, base)) as Record<string, unknown> | undefined;
  if (!node || typeof node !== 'object') return undefined;
  if (Array.isArray(node.containers)) {
    // A pod spec itself (custom kinds like KServe's predictor).
    return { spec: node, pointer: base, metadata: undefined };
  }
  const spec = node.spec as Record<string, unknown> | undefined;
  if (!spec || typeof spec !== 'object') return undefined;
  return { spec, pointer: `${base}/spec`, metadata: node.metadata as PodTemplate['metadata'] };
}

export interface ContainerAt {
  container: Record<string, unknown>;
  /** JSON pointer of the container. */
  pointer: string;
  kind: 'initContainers' | 'containers' | 'ephemeralContainers';
}

export function containersOf(template: PodTemplate): ContainerAt[] {
  const out: ContainerAt[] = [];
  for (const kind of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    const list = template.spec[kind];
    if (!Array.isArray(list)) continue;
    list.forEach((container, i) => {
      if (container && typeof container === 'object') out.push({ container, pointer: `${template.pointer}/${kind}/${i}`, kind });
    });
  }
  return out;
}
