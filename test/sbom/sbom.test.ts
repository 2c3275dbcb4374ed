// `tollgate sbom`: CycloneDX 1.6, valid against the schema the CycloneDX
// library ships, byte-identical across runs, images as pkg:oci components.
import { Validation, Spec } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { create } from 'xmlbuilder2';
import { CORPUS, gitRepoWith, runCli } from '../helpers/env.js';

const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);

// What the two scanner fixtures report, each against the image it scanned.
const EXPECTED_VULNERABILITIES = [
  'CVE-2024-0001 critical image:ghcr.io/acme/api:2.1.0 trivy',
  'CVE-2024-0002 critical image:ghcr.io/acme/api:2.1.0 trivy',
  'CVE-2024-0003 high image:ghcr.io/acme/api:2.1.0 trivy',
  'CVE-2024-0004 low image:ghcr.io/acme/api:2.1.0 trivy',
  'CVE-2024-9999 medium image:ghcr.io/acme/web:1.4.2 grype',
  'GHSA-aaaa-bbbb-cccc critical image:ghcr.io/acme/web:1.4.2 grype',
];

describe('tollgate sbom', () => {
  it('the example app: schema-valid, reproducible, one container component per image', async () => {
    const first = runCli(['sbom', 'examples/shop']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(await validator.validate(first.stdout)).toBeNull();
    expect(runCli(['sbom', 'examples/shop']).stdout).toBe(first.stdout);
    const bom = JSON.parse(first.stdout);
    expect(bom.specVersion).toBe('1.6');
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bom.metadata.timestamp).toBeUndefined();
    expect(bom.metadata.component).toMatchObject({ type: 'application', name: 'examples/shop' });
    const images = bom.components.map((c: any) => [c.purl, c.version, c.properties.filter((p: any) => p.name !== 'tollgate:image').map((p: any) => `${p.name}=${p.value}`).join(' ')]);
    expect(images).toEqual([
      ['pkg:oci/shop-worker?repository_url=docker.io/acme/shop-worker&tag=latest', 'latest', 'tollgate:unpinned=true tollgate:workload=Deployment/shop/worker'],
      ['pkg:oci/postgres?repository_url=docker.io/library/postgres&tag=16.4', '16.4', 'tollgate:unpinned=true tollgate:workload=StatefulSet/shop/postgres'],
      [
        'pkg:oci/shop-api@sha256%3A9f2c1e2d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d?repository_url=ghcr.io/acme/shop-api',
        'sha256:9f2c1e2d8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d',
        'tollgate:workload=Deployment/shop/api',
      ],
      ['pkg:oci/shop-report?repository_url=ghcr.io/acme/shop-report&tag=2.0.1', '2.0.1', 'tollgate:unpinned=true tollgate:workload=CronJob/shop/nightly-report'],
      ['pkg:oci/shop-web?repository_url=ghcr.io/acme/shop-web&tag=1.4.2', '1.4.2', 'tollgate:unpinned=true tollgate:workload=Deployment/shop/web'],
    ]);
    expect(bom.dependencies.find((d: any) => d.ref === 'app:examples/shop').dependsOn).toHaveLength(5);
  });

  it('a Helm chart is a component; scanner vulnerabilities are listed against their image', async () => {
    const run = runCli(['sbom', `${CORPUS}/podinfo/charts/podinfo`, '--repo-root', CORPUS]);
    expect(run.status).toBe(0);
    expect(await validator.validate(run.stdout)).toBeNull();
    const bom = JSON.parse(run.stdout);
    expect(bom.components.find((c: any) => c.name === 'podinfo' && c.type === 'application')).toMatchObject({ version: '6.14.1', 'bom-ref': 'chart:podinfo' });
    // The images the scanner fixtures describe, in a repository of their own.
    const repo = gitRepoWith({
      'app/pods.yaml': ['ghcr.io/acme/api:2.1.0', 'ghcr.io/acme/web:1.4.2'].map((image, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}}\nspec:\n  containers:\n  - {name: c, image: ${image}}\n`).join('---\n'),
    });
    const scanned = runCli(['sbom', join(repo, 'app'), '--scan-results', 'test/fixtures/scans/trivy-api.json', '--scan-results', 'test/fixtures/scans/grype-web.json']);
    expect(scanned.stderr).toBe('');
    expect(scanned.status).toBe(0);
    expect(await validator.validate(scanned.stdout)).toBeNull();
    const vulns = JSON.parse(scanned.stdout).vulnerabilities;
    expect(vulns.map((v: any) => `${v.id} ${v.ratings[0].severity} ${v.affects[0].ref} ${v.source.name}`)).toEqual(EXPECTED_VULNERABILITIES);
  });

  it('XML: the same components, reproducible', () => {
    const xml = runCli(['sbom', 'examples/shop', '--format', 'xml']);
    expect(xml.status).toBe(0);
    expect(xml.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<bom xmlns="http:\/\/cyclonedx\.org\/schema\/bom\/1\.6" version="1" serialNumber="urn:uuid:[0-9a-f-]{36}">\n/);
    expect(xml.stdout.match(/<component type="container"/g)).toHaveLength(5);
    // Well-formed, and the same purls as the JSON (the XSD validator needs a native module these machines do not build).
    const parsed = create(xml.stdout).end({ format: 'object' }) as any;
    const purls = (parsed.bom.components.component as any[]).map((c) => String(c.purl).replaceAll('&amp;', '&'));
    expect(purls).toEqual(JSON.parse(runCli(['sbom', 'examples/shop']).stdout).components.map((c: any) => c.purl));
    expect(runCli(['sbom', 'examples/shop', '--format', 'xml']).stdout).toBe(xml.stdout);
    // JSON and XML carry the same serial number: it is made from the content, not the format.
    expect(xml.stdout).toContain(`serialNumber="${JSON.parse(runCli(['sbom', 'examples/shop']).stdout).serialNumber}"`);
  });
});
