// Vulnerability reports of image scanners (Trivy and Grype JSON), matched to
// the images an app deploys by digest or by reference.
import { parseImageReference } from '../sbom/images.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'unknown';
export const SEVERITY_ORDER: Record<Severity, number> = { unknown: 0, low: 1, medium: 2, high: 3, critical: 4 };

export interface Vulnerability {
  id: string;
  severity: Severity;
  package: string;
  installed?: string;
  fixedIn?: string;
}

export interface ScanReport {
  scanner: 'trivy' | 'grype';
  /** Where the report came from, for messages. */
  file: string;
  /** References the scanned image is known by (tags and repo digests). */
  references: string[];
  /** sha256:… digests of the image (repo digests, not the config ID). */
  digests: string[];
  vulnerabilities: Vulnerability[];
}

export class ScanReportError extends Error {}

const severity = (s: unknown): Severity => {
  const v = String(s ?? '').toLowerCase();
  return v === 'critical' || v === 'high' || v === 'medium' || v === 'low' ? v : 'unknown';
};

const digestOf = (repoDigest: string) => /@(sha256:[0-9a-f]{64})$/.exec(repoDigest)?.[1];

type Obj = Record<string, unknown>;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function parseScanReport(json: unknown, file: string): ScanReport {
  const o = (json ?? {}) as Obj;
  if ('SchemaVersion' in o && 'Results' in o) {
    const meta = (o.Metadata ?? {}) as Obj;
    const repoDigests = list(meta.RepoDigests).map(String);
    const vulnerabilities = list(o.Results).flatMap((r) =>
      list((r as Obj).Vulnerabilities).map((v) => {
        const x = v as Obj;
        return { id: String(x.VulnerabilityID), severity: severity(x.Severity), package: String(x.PkgName ?? ''), installed: x.InstalledVersion as string | undefined, fixedIn: (x.FixedVersion as string) || undefined };
      }),
    );
    return {
      scanner: 'trivy',
      file,
      references: [String(o.ArtifactName ?? ''), ...list(meta.RepoTags).map(String), ...repoDigests].filter(Boolean),
      digests: repoDigests.map(digestOf).filter((d): d is string => Boolean(d)),
      vulnerabilities,
    };
  }
  if ('matches' in o && 'source' in o) {
    const target = (((o.source as Obj) ?? {}).target ?? {}) as Obj;
    const repoDigests = list(target.repoDigests).map(String);
    const vulnerabilities = list(o.matches).map((m) => {
      const v = ((m as Obj).vulnerability ?? {}) as Obj;
      const a = ((m as Obj).artifact ?? {}) as Obj;
      const fix = (v.fix ?? {}) as Obj;
      const versions = list(fix.versions).map(String);
      return { id: String(v.id), severity: severity(v.severity), package: String(a.name ?? ''), installed: a.version as string | undefined, fixedIn: fix.state === 'fixed' && versions.length ? versions.join(', ') : undefined };
    });
    return {
      scanner: 'grype',
      file,
      references: [String(target.userInput ?? ''), ...list(target.tags).map(String), ...repoDigests].filter(Boolean),
      digests: repoDigests.map(digestOf).filter((d): d is string => Boolean(d)),
      vulnerabilities,
    };
  }
  throw new ScanReportError('is neither a Trivy JSON report (SchemaVersion, Results) nor a Grype JSON report (matches, source)');
}

function normalized(reference: string): string | undefined {
  try {
    const ref = parseImageReference(reference);
    return `${ref.name}:${ref.tag ?? 'latest'}`;
  } catch {
    return undefined;
  }
}

/** The reports about an image: same digest, else same repository and tag. */
export function reportsFor(image: string, reports: ScanReport[]): ScanReport[] {
  let digest: string | undefined;
  let name: string | undefined;
  try {
    const ref = parseImageReference(image);
    digest = ref.digest;
    name = ref.tag || !ref.digest ? `${ref.name}:${ref.tag ?? 'latest'}` : undefined;
  } catch {
    return [];
  }
  return reports.filter((r) => (digest && r.digests.includes(digest)) || (name !== undefined && r.references.some((x) => normalized(x) === name)));
}
