// Small helpers over Kubernetes objects as plain JSON, shared by cost, policy
// and source mapping.
import { pointerSegments } from './locate.js';

const segmentsCache = new Map<string, string[]>();

/** The value at a JSON pointer (RFC 6901), or undefined. Pointers are parsed once each. */
export function valueAt(object: unknown, pointer: string): unknown {
  let segments = segmentsCache.get(pointer);
  if (!segments) {
    segments = pointerSegments(pointer);
    if (segmentsCache.size < 1000) segmentsCache.set(pointer, segments);
  }
  let node = object;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** The API group of an apiVersion: `apps/v1` → `apps`, `v1` → `` (core). */
export function apiGroup(apiVersion: string | undefined): string {
  if (!apiVersion) return '';
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** The value when it is a JSON object (not null, not an array). */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
