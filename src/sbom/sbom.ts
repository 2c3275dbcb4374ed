// A CycloneDX 1.6 SBOM of what an app deploys: the app as the metadata
// component, one `container` component per distinct image (pkg:oci purl,
// digest as version when pinned, the workloads that use it), the Helm chart
// when the source is one, and the vulnerabilities scanner reports give for
// those images. Byte-reproducible: sorted lists, no timestamp, and a serial
// number derived from the content.
import { createHash } from 'node:crypto';
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import type { AppAnalysis } from '../analyze.js';
import { resourceId } from '../manifest/resource.js';
import { containersOf, podTemplateOf } from '../policy/podspec.js';
import { reportsFor, type ScanReport } from '../policy/scan-results.js';
import { VERSION } from '../version.js';
import { parseImageReference, type ImageReference } from './images.js';

export interface ImageUse {
  reference: string;
  parsed?: ImageReference;
  /** `Kind/namespace/name` of each workload that runs it. */
  workloads: string[];
}

/** Every distinct image the render deploys (init and ephemeral containers included), in first-use order. */
export function imagesOf(analysis: AppAnalysis): ImageUse[] {
  const byRef = new Map<string, ImageUse>();
  for (const { object } of analysis.head.render.resources) {
    const template = podTemplateOf(object, analysis.head.config.workloadKinds);
    if (!template) continue;
    for (const c of containersOf(template)) {
      if (!c.image) continue;
      let use = byRef.get(c.image);
      if (!use) {
        let parsed: ImageReference | undefined;
        try {
          parsed = parseImageReference(c.image);
        } catch {
          // an invalid reference is listed as written (image-tag-latest reports it)
        }
        byRef.set(c.image, (use = { reference: c.image, parsed, workloads: [] }));
      }
      const workload = resourceId(object);
      if (!use.workloads.includes(workload)) use.workloads.push(workload);
    }
  }
  return [...byRef.values()];
}

/** The package URL of an OCI image: pkg:oci/<name>@<digest>?repository_url=<registry/repository>&tag=<tag>. */
export function ociPurl(ref: ImageReference): string {
  const name = ref.repository.split('/').at(-1)!;
  const qualifiers = [`repository_url=${encodeURIComponent(ref.name).replaceAll('%2F', '/')}`, ...(ref.tag ? [`tag=${encodeURIComponent(ref.tag)}`] : [])];
  return `pkg:oci/${encodeURIComponent(name)}${ref.digest ? `@${encodeURIComponent(ref.digest)}` : ''}?${qualifiers.join('&')}`;
}

const SEVERITY: Record<string, Enums.Vulnerability.Severity> = {
  critical: Enums.Vulnerability.Severity.Critical,
  high: Enums.Vulnerability.Severity.High,
  medium: Enums.Vulnerability.Severity.Medium,
  low: Enums.Vulnerability.Severity.Low,
  unknown: Enums.Vulnerability.Severity.Unknown,
};

export function buildSbom(analysis: AppAnalysis, scanReports: ScanReport[] = []): Models.Bom {
  const render = analysis.head.render;
  const app = new Models.Component(Enums.ComponentType.Application, analysis.appPath, {
    bomRef: `app:${analysis.appPath}`,
    properties: new Models.PropertyRepository([new Models.Property('tollgate:renderer', render.renderer)]),
  });
  const bom = new Models.Bom({
    metadata: new Models.Metadata({
      component: app,
      tools: new Models.Tools({ components: new Models.ComponentRepository([new Models.Component(Enums.ComponentType.Application, 'tollgate', { version: VERSION })]) }),
    }),
  });
  if (render.chart) {
    const chart = new Models.Component(Enums.ComponentType.Application, render.chart.name, {
      bomRef: `chart:${render.chart.name}`,
      version: render.chart.version,
      properties: new Models.PropertyRepository([new Models.Property('tollgate:helm-chart', 'true')]),
    });
    bom.components.add(chart);
    app.dependencies.add(chart.bomRef);
  }
  for (const use of imagesOf(analysis)) {
    const ref = use.parsed;
    const properties = [new Models.Property('tollgate:image', use.reference), ...use.workloads.map((w) => new Models.Property('tollgate:workload', w))];
    if (!ref?.digest) properties.push(new Models.Property('tollgate:unpinned', 'true'));
    const image = new Models.Component(Enums.ComponentType.Container, ref ? ref.repository.split('/').at(-1)! : use.reference, {
      bomRef: `image:${use.reference}`,
      group: ref ? ref.name.slice(0, ref.name.lastIndexOf('/')) : undefined,
      version: ref?.digest ?? ref?.tag,
      purl: ref ? ociPurl(ref) : undefined,
      properties: new Models.PropertyRepository(properties),
    });
    bom.components.add(image);
    app.dependencies.add(image.bomRef);
    const seen = new Set<string>();
    for (const report of reportsFor(use.reference, scanReports)) {
      for (const v of report.vulnerabilities) {
        if (seen.has(v.id)) continue;
        seen.add(v.id);
        bom.vulnerabilities.add(
          new Models.Vulnerability.Vulnerability({
            bomRef: `vulnerability:${v.id}:${use.reference}`,
            id: v.id,
            source: new Models.Vulnerability.Source({ name: report.scanner }),
            ratings: new Models.Vulnerability.RatingRepository([new Models.Vulnerability.Rating({ severity: SEVERITY[v.severity] })]),
            recommendation: v.fixedIn ? `upgrade ${v.package} to ${v.fixedIn}` : undefined,
            affects: new Models.Vulnerability.AffectRepository([new Models.Vulnerability.Affect(image.bomRef)]),
            properties: new Models.PropertyRepository([
              new Models.Property('tollgate:package', v.package),
              ...(v.installed ? [new Models.Property('tollgate:installed-version', v.installed)] : []),
            ]),
          }),
        );
      }
    }
  }
  return bom;
}

const jsonSerializer = () => new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));

/** A serial number made from the content (its JSON without one), so the same app gives the same SBOM in either format. */
function setSerial(bom: Models.Bom): void {
  bom.serialNumber = undefined;
  const hex = createHash('sha256').update(jsonSerializer().serialize(bom, { sortLists: true })).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  bom.serialNumber = `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function sbomJson(bom: Models.Bom): string {
  setSerial(bom);
  return `${jsonSerializer().serialize(bom, { sortLists: true, space: 2 })}\n`;
}

export function sbomXml(bom: Models.Bom): string {
  setSerial(bom);
  const serializer = new Serialize.XmlSerializer(new Serialize.XML.Normalize.Factory(Spec.Spec1dot6));
  return `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`;
}
