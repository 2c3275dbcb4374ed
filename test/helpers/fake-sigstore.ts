// An offline stand-in for sigstore's keyless services, made with openssl: a
// CA playing Fulcio (leaf certificates with a URI identity and the Fulcio
// issuer extension) and a timestamp authority answering RFC 3161 requests,
// plus the trusted root that names both. Signing goes through the real
// @sigstore/sign bundle builder; only the certificate and timestamp sources
// are ours.
import { execFileSync } from 'node:child_process';
import { createPrivateKey, sign as signData, X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleToJSON } from '@sigstore/bundle';
import { DSSEBundleBuilder, type Witness } from '@sigstore/sign';
import { tempDir } from './env.js';

const openssl = (cwd: string, ...args: string[]) => execFileSync('openssl', args, { cwd, stdio: 'pipe' });
const der = (pem: string) => new X509Certificate(pem).raw.toString('base64');

export interface FakeSigstore {
  dir: string;
  trustedRoot: Record<string, unknown>;
  /** A Fulcio-like leaf certificate for `identity` from `issuer`; its key in PEM. */
  issue(identity: string, issuer: string): { certificate: string; key: string };
  /** RFC 3161 TimeStampResp DER over `data`. */
  timestamp(data: Buffer): Buffer;
}

export function fakeSigstore(): FakeSigstore {
  const dir = tempDir('tollgate-fake-sigstore-');
  const ec = (name: string) => openssl(dir, 'ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${name}.key`);
  ec('ca');
  openssl(dir, 'req', '-x509', '-new', '-key', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/O=tollgate-test/CN=fake-fulcio',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  ec('tsa');
  openssl(dir, 'req', '-new', '-key', 'tsa.key', '-out', 'tsa.csr', '-subj', '/O=tollgate-test/CN=fake-tsa');
  writeFileSync(join(dir, 'tsa.ext'), 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n');
  openssl(dir, 'x509', '-req', '-in', 'tsa.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-extfile', 'tsa.ext', '-out', 'tsa.pem');
  writeFileSync(
    join(dir, 'tsa.cnf'),
    `[tsa]\ndefault_tsa = tsa1\n[tsa1]\ndir = ${dir}\nserial = $dir/tsa.serial\ncrypto_device = builtin\nsigner_cert = $dir/tsa.pem\ncerts = $dir/ca.pem\nsigner_key = $dir/tsa.key\nsigner_digest = sha256\ndefault_policy = 1.3.6.1.4.1.57264.2\ndigests = sha256\naccuracy = secs:1\nordering = no\ntsa_name = no\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n`,
  );
  writeFileSync(join(dir, 'tsa.serial'), '01\n');
  const ca = readFileSync(join(dir, 'ca.pem'), 'utf8');
  const tsa = readFileSync(join(dir, 'tsa.pem'), 'utf8');
  const start = '2020-01-01T00:00:00Z';
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    ctlogs: [],
    certificateAuthorities: [{ subject: { organization: 'tollgate-test', commonName: 'fake-fulcio' }, uri: 'https://fulcio.test', certChain: { certificates: [{ rawBytes: der(ca) }] }, validFor: { start } }],
    timestampAuthorities: [{ subject: { organization: 'tollgate-test', commonName: 'fake-tsa' }, uri: 'https://tsa.test', certChain: { certificates: [{ rawBytes: der(tsa) }, { rawBytes: der(ca) }] }, validFor: { start } }],
  };
  let leaves = 0;
  return {
    dir,
    trustedRoot,
    issue(identity, issuer) {
      const name = `leaf${leaves++}`;
      ec(name);
      openssl(dir, 'req', '-new', '-key', `${name}.key`, '-out', `${name}.csr`, '-subj', '/O=sigstore.dev');
      writeFileSync(
        join(dir, `${name}.ext`),
        `basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning\nsubjectAltName=critical,URI:${identity}\n1.3.6.1.4.1.57264.1.8=ASN1:UTF8String:${issuer}\n`,
      );
      openssl(dir, 'x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '1', '-extfile', `${name}.ext`, '-out', `${name}.pem`);
      return { certificate: readFileSync(join(dir, `${name}.pem`), 'utf8'), key: readFileSync(join(dir, `${name}.key`), 'utf8') };
    },
    timestamp(data) {
      writeFileSync(join(dir, 'data.bin'), data);
      openssl(dir, 'ts', '-query', '-data', 'data.bin', '-sha256', '-cert', '-no_nonce', '-out', 'req.tsq');
      openssl(dir, 'ts', '-reply', '-queryfile', 'req.tsq', '-config', 'tsa.cnf', '-section', 'tsa1', '-out', 'resp.tsr');
      return readFileSync(join(dir, 'resp.tsr'));
    },
  };
}

/** A keyless-style bundle: the statement in a DSSE envelope, signed with a leaf certificate, timestamped unless told not to. */
export async function signKeylessOffline(fake: FakeSigstore, statement: unknown, leaf: { certificate: string; key: string }, withTimestamp = true): Promise<unknown> {
  const key = createPrivateKey(leaf.key);
  const witness: Witness = {
    testify: async (content) => {
      if (!withTimestamp || content.$case !== 'dsseEnvelope') return {};
      return { rfc3161Timestamps: [{ signedTimestamp: fake.timestamp(content.dsseEnvelope.signatures[0].sig) }] };
    },
  };
  const builder = new DSSEBundleBuilder({
    signer: { sign: async (data) => ({ signature: signData('sha256', data, key), key: { $case: 'x509Certificate', certificate: leaf.certificate } }) },
    witnesses: [witness],
  });
  return bundleToJSON(await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: 'application/vnd.in-toto+json' }));
}
