// `tollgate attest` and `tollgate verify`, offline, with keys and a fake
// Fulcio CA and timestamp authority the tests make with openssl.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeApp } from '../../src/analyze.js';
import { buildStatement, canonicalRender } from '../../src/attest/statement.js';
import { anchoredIdentity } from '../../src/attest/verify.js';
import type { KubeObject } from '../../src/manifest/resource.js';
import { buildSbom, sbomJson } from '../../src/sbom/sbom.js';
import { REPO, gitRepoWith, runCli, tempDir } from '../helpers/env.js';
import { fakeSigstore, signKeylessOffline } from '../helpers/fake-sigstore.js';

const configMap = (name: string, value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  color: ${value}\n`;

function keyPair(dir: string, name = 'signing'): { key: string; pub: string } {
  const key = join(dir, `${name}.key`);
  const pub = join(dir, `${name}.pub`);
  writeFileSync(key, execFileSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']));
  writeFileSync(pub, execFileSync('openssl', ['pkey', '-in', key, '-pubout']));
  return { key, pub };
}

describe('canonical form', () => {
  it('keys sorted, tollgate annotations left out, objects sorted by group, kind, namespace, name', () => {
    const objects: KubeObject[] = [
      { kind: 'Service', apiVersion: 'v1', metadata: { name: 'b', annotations: { 'tollgate.dev/verdict': 'pass' } } },
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { namespace: 'x', name: 'a', annotations: { keep: 'me', 'tollgate.dev/monthly-cost': '1.00' } } },
    ];
    expect(canonicalRender(objects)).toBe(
      '{"apiVersion":"v1","kind":"Service","metadata":{"name":"b"}}\n' +
        '{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{"keep":"me"},"name":"a","namespace":"x"}}\n',
    );
  });
});

describe('attest and verify with a key', () => {
  it('sign → verify passes; the statement records the render', () => {
    const repo = gitRepoWith({ 'app/cm.yaml': configMap('settings', 'blue') });
    const dir = tempDir();
    const keys = keyPair(dir);
    const bundle = join(dir, 'bundle.json');
    const sbom = join(dir, 'sbom.json');
    const attest = runCli(['attest', join(repo, 'app'), '--key', keys.key, '--output', bundle, '--sbom-output', sbom]);
    expect(attest.stderr).toBe('');
    expect(attest.status).toBe(0);
    const json = JSON.parse(readFileSync(bundle, 'utf8'));
    expect(json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(json.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
    const statement = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString());
    const canonical = '{"apiVersion":"v1","data":{"color":"blue"},"kind":"ConfigMap","metadata":{"name":"settings"}}\n';
    expect(statement.subject).toEqual([{ name: 'app.render.jsonl', digest: { sha256: execFileSync('sha256sum', { input: canonical }).toString().slice(0, 64) } }]);
    expect(statement.predicateType).toBe('https://tollgate.dev/render/v1');
    expect(statement.predicate).toMatchObject({ app: 'app', inputs: { renderer: 'directory', recurse: false }, verdict: 'pass', cost: { currency: 'USD', monthly: { min: 0, max: 0 } } });
    expect(statement.predicate.sbom.digest.sha256).toBe(execFileSync('sha256sum', [sbom]).toString().slice(0, 64));
    const verify = runCli(['verify', join(repo, 'app'), '--bundle', bundle, '--key', keys.pub]);
    expect(verify.stderr).toBe('');
    expect(verify.status).toBe(0);
    expect(verify.stdout).toBe(`tollgate: verified: app renders to sha256:${statement.subject[0].digest.sha256}, as attested\n`);
  });

  it('a changed manifest, a swapped subject, a tampered payload and a wrong key each exit 3 with the reason', () => {
    const repo = gitRepoWith({ 'app/cm.yaml': configMap('settings', 'blue'), 'other/cm.yaml': configMap('settings', 'green') });
    const dir = tempDir();
    const keys = keyPair(dir);
    const bundle = join(dir, 'bundle.json');
    expect(runCli(['attest', join(repo, 'app'), '--key', keys.key, '--output', bundle]).status).toBe(0);
    const verify = (app: string, file = bundle, pub = keys.pub) => runCli(['verify', join(repo, app), '--bundle', file, '--key', pub]);

    writeFileSync(join(repo, 'app/cm.yaml'), configMap('settings', 'red'));
    const changed = verify('app');
    expect(changed.status).toBe(3);
    expect(changed.stdout).toBe('');
    expect(changed.stderr.split('\n')[0]).toMatch(/^tollgate: the attestation is for a different render: attested sha256:[0-9a-f]{64}, rendered sha256:[0-9a-f]{64}$/);
    writeFileSync(join(repo, 'app/cm.yaml'), configMap('settings', 'blue'));

    // A bundle honestly signed for another app's render.
    const otherBundle = join(dir, 'other.json');
    expect(runCli(['attest', join(repo, 'other'), '--key', keys.key, '--output', otherBundle]).status).toBe(0);
    expect(verify('app', otherBundle).stderr.split('\n')[0]).toBe('tollgate: attested for app "other", syncing "app"');

    // The same payload with the subject digest swapped: the signature no longer holds.
    const json = JSON.parse(readFileSync(bundle, 'utf8'));
    const statement = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString());
    statement.subject[0].digest.sha256 = '0'.repeat(64);
    json.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    const swapped = join(dir, 'swapped.json');
    writeFileSync(swapped, JSON.stringify(json));
    const tampered = verify('app', swapped);
    expect(tampered.status).toBe(3);
    expect(tampered.stderr.split('\n')[0]).toBe('tollgate: the attestation is not signed by the trusted key');

    const wrong = keyPair(dir, 'other');
    const wrongKey = verify('app', bundle, wrong.pub);
    expect(wrongKey.status).toBe(3);
    expect(wrongKey.stderr.split('\n')[0]).toBe('tollgate: the attestation is not signed by the trusted key');

    const missing = verify('app', join(dir, 'nope.json'));
    expect(missing.status).toBe(3);
    expect(missing.stderr.split('\n')[0]).toBe(`tollgate: no attestation: ${join(dir, 'nope.json')} does not exist`);
  });

  it('render inputs are compared first, with the precise difference', () => {
    const chart = {
      'app/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.0.0\n',
      'app/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  ns: {{ .Release.Namespace }}\n',
    };
    const repo = gitRepoWith(chart);
    const dir = tempDir();
    const keys = keyPair(dir);
    const bundle = join(dir, 'bundle.json');
    expect(runCli(['attest', join(repo, 'app'), '--key', keys.key, '--release', 'shop', '--output', bundle]).status).toBe(0);
    const statement = JSON.parse(Buffer.from(JSON.parse(readFileSync(bundle, 'utf8')).dsseEnvelope.payload, 'base64').toString());
    expect(statement.predicate.inputs).toEqual({ renderer: 'helm', releaseName: 'shop', valuesFiles: [], setKeys: [] });
    expect(statement.predicate.tools.helm).toMatch(/^v3\.17\.\d+\+g[0-9a-f]+$/);
    const run = runCli(['verify', join(repo, 'app'), '--bundle', bundle, '--key', keys.pub, '--release', 'shop-prod']);
    expect(run.status).toBe(3);
    expect(run.stderr.split('\n')[0]).toBe('tollgate: attested with release "shop", syncing as "shop-prod"');
    expect(runCli(['verify', join(repo, 'app'), '--bundle', bundle, '--key', keys.pub, '--release', 'shop']).status).toBe(0);
  });
});

describe('verify a keyless attestation', async () => {
  const IDENTITY = 'https://github.com/acme/platform/.github/workflows/release.yml@refs/heads/main';
  const ISSUER = 'https://token.actions.githubusercontent.com';

  async function keylessBundle(identity: string, issuer: string, withTimestamp = true) {
    const repo = gitRepoWith({ 'app/cm.yaml': configMap('settings', 'blue') });
    const analysis = await analyzeApp({ path: join(repo, 'app'), env: process.env });
    const statement = buildStatement(analysis, sbomJson(buildSbom(analysis)));
    const fake = fakeSigstore();
    const bundle = await signKeylessOffline(fake, statement, fake.issue(identity, issuer), withTimestamp);
    const dir = tempDir();
    writeFileSync(join(dir, 'bundle.json'), JSON.stringify(bundle));
    writeFileSync(join(dir, 'root.json'), JSON.stringify(fake.trustedRoot));
    return (id = IDENTITY, iss = ISSUER) =>
      runCli(['verify', join(repo, 'app'), '--bundle', join(dir, 'bundle.json'), '--certificate-identity', id, '--certificate-oidc-issuer', iss, '--trusted-root', join(dir, 'root.json')]);
  }

  it('a certificate for exactly this identity and issuer, with a timestamp, verifies', async () => {
    const verify = await keylessBundle(IDENTITY, ISSUER);
    const run = verify();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('main-evil is not main: the identity is anchored and escaped', async () => {
    expect(anchoredIdentity('a.b@refs/heads/main')).toBe('^a\\.b@refs\\/heads\\/main$');
    const verify = await keylessBundle(`${IDENTITY}-evil`, ISSUER);
    const run = verify();
    expect(run.status).toBe(3);
    expect(run.stderr.split('\n')[0]).toBe(
      `tollgate: the attestation's signature does not verify: certificate identity error - expected ${anchoredIdentity(IDENTITY)}, got ${IDENTITY}-evil`,
    );
  });

  it('a wrong issuer, and a bundle without a timestamp, each exit 3', async () => {
    const verify = await keylessBundle(IDENTITY, 'https://accounts.example.com');
    const run = verify();
    expect(run.status).toBe(3);
    expect(run.stderr.split('\n')[0]).toBe(`tollgate: the attestation's signature does not verify: invalid certificate extension - expected issuer=${ISSUER}, got issuer=https://accounts.example.com`);
    const untimed = (await keylessBundle(IDENTITY, ISSUER, false))();
    expect(untimed.status).toBe(3);
    expect(untimed.stderr.split('\n')[0]).toBe('tollgate: the attestation has no trusted timestamp (expected 1 timestamps, got 0)');
  });
});

describe('the verify path stays light', () => {
  /** The chunks a dist module loads statically (dynamic import() excluded), itself included. */
  function staticClosure(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s*"(\.\/[^"]+)";/gm)) staticClosure(join(file, '..', m[1]), seen);
    for (const m of text.matchAll(/^import\s*"(\.\/[^"]+)";/gm)) staticClosure(join(file, '..', m[1]), seen);
    return seen;
  }

  it('neither `tollgate verify` nor `argocd generate` loads the signing stack or its network clients', () => {
    const chunks = join(REPO, 'dist/chunks');
    const entry = (prefix: string) => join(chunks, readdirSync(chunks).find((f) => f.startsWith(prefix))!);
    const signing = readdirSync(chunks).filter((f) => readFileSync(join(chunks, f), 'utf8').includes('FulcioSigner')).map((f) => join(chunks, f));
    expect(signing.map((f) => f.split('/').at(-1))).toEqual([expect.stringMatching(/^sign-[A-Z0-9]+\.js$/)]);
    for (const command of ['verify-', 'argocd-', 'attestation-']) {
      const closure = staticClosure(entry(command));
      expect([...closure].filter((f) => signing.includes(f)), command).toEqual([]);
    }
  });
});
