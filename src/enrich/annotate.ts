// Writes tollgate's annotations (SPEC §6) on each resource's own
// metadata.annotations, with JSON Patch, never on pod templates: a price change
// must not restart pods.
import jsonPatch from 'fast-json-patch';
import type { Operation } from 'fast-json-patch';
import type { CostEstimate } from '../cost/estimate.js';
import { cents, centsText } from '../cost/estimate.js';
import type { KubeObject } from '../manifest/resource.js';
import type { AppAnalysis } from '../analyze.js';
import { failsGate } from '../policy/finding.js';

export type AnnotationMode = 'all' | 'findings' | 'none';
export const ANNOTATION_PREFIX = 'tollgate.dev/';

const money = centsText;

/** The annotations SPEC §6 gives a resource, in a stable order. */
export function costAnnotations(cost: CostEstimate | undefined, kind: string | undefined): Record<string, string> {
  if (!cost) return {};
  const out: Record<string, string> = {};
  const b = cost.breakdown;
  const breakdown = `{"cpu":${cents(b.cpu)},"memory":${cents(b.memory)},"gpu":${cents(b.gpu)},"storage":${cents(b.storage)},"network":${cents(b.network)}}`;
  if (cost.perRun !== undefined && kind === 'Job') {
    out['tollgate.dev/cost-per-run'] = money(cost.perRun);
    return out;
  }
  out['tollgate.dev/monthly-cost'] = money(cost.monthly.min);
  if (money(cost.monthly.max) !== money(cost.monthly.min)) out['tollgate.dev/monthly-cost-max'] = money(cost.monthly.max);
  out['tollgate.dev/cost-breakdown'] = breakdown;
  return out;
}

const escape = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Applies `annotations` to the object's metadata in place. */
export function annotate(object: KubeObject, annotations: Record<string, string>): void {
  const keys = Object.keys(annotations);
  if (keys.length === 0) return;
  const ops: Operation[] = [];
  if (!object.metadata || typeof object.metadata !== 'object') ops.push({ op: 'add', path: '/metadata', value: {} });
  if (!object.metadata?.annotations || typeof object.metadata.annotations !== 'object') {
    // One operation adds them all when the resource has none yet.
    ops.push({ op: 'add', path: '/metadata/annotations', value: { ...annotations } });
  } else {
    for (const key of keys) ops.push({ op: 'add', path: `/metadata/annotations/${escape(key)}`, value: annotations[key] });
  }
  jsonPatch.applyPatch(object, ops, false, true);
}

/** Every annotation SPEC §6 gives each resource of an analysis, per mode. */
export function enrichmentFor(analysis: AppAnalysis, mode: AnnotationMode): Map<KubeObject, Record<string, string>> {
  const out = new Map<KubeObject, Record<string, string>>();
  if (mode === 'none') return out;
  const failOn = analysis.head.config.policy.failOn;
  for (const r of analysis.resources) {
    if (r.change === 'removed') continue;
    const annotations: Record<string, string> = mode === 'all' ? costAnnotations(r.cost, r.resource.object.kind) : {};
    // One pass over the open findings (a large render has ~10 per workload).
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    let fails = false;
    const rules = new Set<string>();
    for (const f of r.findings) {
      if (f.suppressed) continue;
      if (f.level === 'error') errors++;
      else if (f.level === 'warning') warnings++;
      else infos++;
      rules.add(f.rule);
      fails ||= failsGate(f.level, failOn);
    }
    if (rules.size) {
      const counts = [errors ? `error=${errors}` : '', warnings ? `warning=${warnings}` : '', infos ? `info=${infos}` : ''];
      annotations['tollgate.dev/findings'] = counts.filter(Boolean).join(',');
      annotations['tollgate.dev/rules'] = [...rules].sort().join(',');
    }
    annotations['tollgate.dev/verdict'] = fails ? 'fail' : 'pass';
    out.set(r.resource.object, annotations);
  }
  return out;
}
