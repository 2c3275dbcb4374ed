// Which workload a pod belongs to, from the names Kubernetes controllers give
// their pods: Deployment/Rollout → ReplicaSet `<name>-<pod-template-hash>` →
// pod `<rs>-<5>`; StatefulSet `<name>-<ordinal>`; DaemonSet, ReplicaSet and
// Job `<name>-<5>`; CronJob → Job `<name>-<scheduled minute>` → pod.
import type { KubeObject } from '../manifest/resource.js';
import { escapeRegExp } from '../regexp.js';

const SUFFIX = '[bcdfghjklmnpqrstvwxz2456789]{5}';
const HASH = '[bcdfghjklmnpqrstvwxz2456789]{5,10}';

function podPattern(kind: string, name: string): RegExp | undefined {
  const n = escapeRegExp(name);
  switch (kind) {
    case 'Deployment':
    case 'Rollout':
      return new RegExp(`^${n}-${HASH}-${SUFFIX}$`);
    case 'StatefulSet':
      return new RegExp(`^${n}-\\d+$`);
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
      return new RegExp(`^${n}-${SUFFIX}$`);
    case 'CronJob':
      return new RegExp(`^${n}-\\d{8,10}-${SUFFIX}$`);
    case 'Pod':
      return new RegExp(`^${n}$`);
    default:
      return undefined;
  }
}

export interface Owner {
  object: KubeObject;
  namespace: string;
}

/** A matcher from (namespace, pod) to the workload among `owners` that runs it. */
export function podOwners(owners: Owner[]): (namespace: string, pod: string) => Owner | undefined {
  const patterns = owners.flatMap((o) => {
    const pattern = podPattern(String(o.object.kind), String(o.object.metadata?.name ?? ''));
    return pattern ? [{ o, pattern }] : [];
  });
  return (namespace, pod) => patterns.find((p) => p.o.namespace === namespace && p.pattern.test(pod))?.o;
}
