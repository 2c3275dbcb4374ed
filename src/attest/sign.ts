// Signing (loaded only by `tollgate attest` and the Action): a DSSE envelope
// over the statement in a sigstore bundle, with a P-256 key offline, or
// keyless — a Fulcio certificate for the CI's OIDC identity, timestamped by
// Rekor (public repositories) or a timestamp authority (private ones, so that
// nothing about them reaches the public log).
import { createHash, createPrivateKey, createPublicKey, sign as signData, type KeyObject } from 'node:crypto';
import { bundleToJSON } from '@sigstore/bundle';
import { CIContextProvider, DEFAULT_FULCIO_URL, DEFAULT_REKOR_URL, DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness, type Signer, type Witness } from '@sigstore/sign';
import { TollgateError } from '../errors.js';
import { PAYLOAD_TYPE, type Statement } from './statement.js';

export const DEFAULT_TSA_URL = 'https://timestamp.sigstore.dev';

/** The key id of a public key: sha256 of its DER SubjectPublicKeyInfo, hex (what the bundle's hint names). */
export function keyHint(key: KeyObject): string {
  return createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex');
}

function p256PrivateKey(pem: string, shown: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (error) {
    throw new TollgateError('usage', `--key ${shown} is not a PEM private key: ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new TollgateError('usage', `--key ${shown} is not an ECDSA P-256 key`, { hint: 'openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt > tollgate.key' });
  }
  return key;
}

function keySigner(privateKey: KeyObject): Signer {
  const publicKey = createPublicKey(privateKey);
  return {
    sign: async (data) => ({
      signature: signData('sha256', data, privateKey),
      key: { $case: 'publicKey', publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(), hint: keyHint(publicKey) },
    }),
  };
}

export interface KeylessOptions {
  /** Public repositories log to Rekor; private ones get a TSA timestamp only. */
  publicRepository: boolean;
  fulcioURL?: string;
  rekorURL?: string;
  tsaURL?: string;
}

async function envelope(statement: Statement, signer: Signer, witnesses: Witness[]): Promise<unknown> {
  const bundle = await new DSSEBundleBuilder({ signer, witnesses }).create({ data: Buffer.from(JSON.stringify(statement)), type: PAYLOAD_TYPE });
  return bundleToJSON(bundle);
}

export function signWithKey(statement: Statement, pem: string, shown: string): Promise<unknown> {
  return envelope(statement, keySigner(p256PrivateKey(pem, shown)), []);
}

export function signKeyless(statement: Statement, options: KeylessOptions): Promise<unknown> {
  const signer = new FulcioSigner({ fulcioBaseURL: options.fulcioURL ?? DEFAULT_FULCIO_URL, identityProvider: new CIContextProvider('sigstore') });
  const witness = options.publicRepository ? new RekorWitness({ rekorBaseURL: options.rekorURL ?? DEFAULT_REKOR_URL }) : new TSAWitness({ tsaBaseURL: options.tsaURL ?? DEFAULT_TSA_URL });
  return envelope(statement, signer, [witness]);
}
