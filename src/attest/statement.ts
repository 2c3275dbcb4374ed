// The in-toto statement tollgate signs about a render: its subject is the
// digest of the canonical rendered manifests, its predicate every input the
// render was made with, the cost, the verdict and the SBOM's digest. Nothing
// here signs or verifies: the verify path must stay light.
import { createHash } from 'node:crypto';
import type { AppAnalysis } from '../analyze.js';
import { canonicalJson, identity } from '../cost/diff.js';
import { cents } from '../cost/estimate.js';
import type { KubeObject } from '../manifest/resource.js';
import type { RenderInputs } from '../render/options.js';
import { VERSION } from '../version.js';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const PREDICATE_TYPE = 'https://tollgate.dev/render/v1';
export const PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/**
 * The canonical form of a render (README, "Attestations"): every object as
 * Argo CD would apply it, without tollgate's annotations, as JSON with keys
 * sorted at every level and no white space, the objects sorted by API group,
 * kind, namespace and name (then by their text), one per line.
 */
export function canonicalRender(objects: KubeObject[]): string {
  const lines = objects.map((object) => ({ key: identity(object), text: canonicalJson(withoutTollgate(object)) }));
  lines.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return lines.map((l) => `${l.text}\n`).join('');
}

function withoutTollgate(object: KubeObject): KubeObject {
  const annotations = object.metadata?.annotations;
  if (!annotations || !Object.keys(annotations).some((k) => k.startsWith('tollgate.dev/'))) return object;
  const kept = Object.fromEntries(Object.entries(annotations).filter(([k]) => !k.startsWith('tollgate.dev/')));
  const metadata = { ...object.metadata };
  if (Object.keys(kept).length) metadata.annotations = kept;
  else delete metadata.annotations;
  return { ...object, metadata };
}

export const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

export function renderDigest(objects: KubeObject[]): string {
  return sha256(canonicalRender(objects));
}

export interface RenderPredicate {
  tollgate: { version: string };
  /** The repo-relative app path (the source path). */
  app: string;
  /** The commit rendered, when known (git HEAD, or Argo CD's revision). */
  commit?: string;
  inputs: RenderInputs;
  /** Versions of the renderers used, when they were asked (informational; not compared). */
  tools?: Record<string, string>;
  cost: { currency: string; monthly: { min: number; max: number } };
  verdict: 'pass' | 'fail';
  findings: Record<string, number>;
  sbom: { mediaType: string; digest: { sha256: string } };
}

export interface Statement {
  _type: string;
  subject: Array<{ name: string; digest: { sha256: string } }>;
  predicateType: string;
  predicate: RenderPredicate;
}

export function buildStatement(analysis: AppAnalysis, sbom: string, extras: { commit?: string; tools?: Record<string, string> } = {}): Statement {
  const findings: Record<string, number> = {};
  for (const f of [...analysis.findings, ...analysis.resources.flatMap((r) => r.findings)]) if (!f.suppressed) findings[f.rule] = (findings[f.rule] ?? 0) + 1;
  const monthly = analysis.head.totals.monthly;
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name: `${analysis.appPath}.render.jsonl`, digest: { sha256: renderDigest(analysis.head.render.resources.map((r) => r.object)) } }],
    predicateType: PREDICATE_TYPE,
    predicate: {
      tollgate: { version: VERSION },
      app: analysis.appPath,
      ...(extras.commit ? { commit: extras.commit } : {}),
      inputs: analysis.head.render.inputs,
      ...(extras.tools ? { tools: extras.tools } : {}),
      cost: { currency: analysis.currency, monthly: { min: cents(monthly.min), max: cents(monthly.max) } },
      verdict: analysis.verdict,
      findings: Object.fromEntries(Object.entries(findings).sort(([a], [b]) => (a < b ? -1 : 1))),
      sbom: { mediaType: 'application/vnd.cyclonedx+json;version=1.6', digest: { sha256: sha256(sbom) } },
    },
  };
}

const INPUT_NAMES: Record<string, string> = {
  renderer: 'renderer',
  releaseName: 'release',
  namespace: 'namespace',
  kubeVersion: 'Kubernetes version',
  apiVersions: 'API versions',
  valuesFiles: 'values files',
  setKeys: '--set keys',
  kustomize: 'Kustomize options',
  kustomizeBuildOptions: 'kustomize build options',
  recurse: 'recurse',
  include: 'include',
  exclude: 'exclude',
};

const shown = (value: unknown) => (value === undefined ? 'none' : typeof value === 'string' ? JSON.stringify(value) : canonicalJson(value));

/** The first way the current render's inputs differ from the attested ones, said as a sentence; undefined when they agree. */
export function inputDifference(recorded: { app: string; inputs: RenderInputs }, current: { app: string; inputs: RenderInputs }): string | undefined {
  if (recorded.app !== current.app) return `attested for app ${JSON.stringify(recorded.app)}, syncing ${JSON.stringify(current.app)}`;
  for (const [key, name] of Object.entries(INPUT_NAMES)) {
    const a = (recorded.inputs as unknown as Record<string, unknown>)[key];
    const b = (current.inputs as unknown as Record<string, unknown>)[key];
    if (canonicalJson(a ?? null) !== canonicalJson(b ?? null)) return `attested with ${name} ${shown(a)}, syncing as ${shown(b)}`;
  }
  return undefined;
}
