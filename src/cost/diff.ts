// Base against head: which resources a change adds, removes or changes, and
// what it does to the monthly total.
import type { KubeObject, Resource } from '../manifest/resource.js';
import { apiGroup } from '../manifest/pointer.js';

export type Change = 'added' | 'removed' | 'changed' | 'unchanged';


/** A resource's identity across renders: API group, kind, namespace, name. */
export function identity(object: KubeObject, defaultNamespace = ''): string {
  return `${apiGroup(object.apiVersion)}/${object.kind}/${object.metadata?.namespace ?? defaultNamespace}/${object.metadata?.name ?? ''}`;
}

/** A canonical text of an object (keys sorted) for comparing content. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

export interface Pairing {
  head?: Resource;
  base?: Resource;
  change: Change;
}

/**
 * Pairs resources by identity; head order first, then removed ones in base order.
 * `textOf` gives a resource's canonical text (a caller that has them already passes its cache).
 */
export function pairResources(base: Resource[], head: Resource[], defaultNamespace = '', textOf: (r: Resource) => string = (r) => canonicalJson(r.object)): Pairing[] {
  const baseById = new Map(base.map((r) => [identity(r.object, defaultNamespace), r]));
  const seen = new Set<string>();
  const out: Pairing[] = [];
  for (const r of head) {
    const id = identity(r.object, defaultNamespace);
    seen.add(id);
    const before = baseById.get(id);
    if (!before) out.push({ head: r, change: 'added' });
    else out.push({ head: r, base: before, change: textOf(before) === textOf(r) ? 'unchanged' : 'changed' });
  }
  for (const r of base) if (!seen.has(identity(r.object, defaultNamespace))) out.push({ base: r, change: 'removed' });
  return out;
}
