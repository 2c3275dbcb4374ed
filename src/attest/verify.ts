// Verification of a render's attestation, offline: the sigstore bundle's
// signature (a trusted P-256 key, or a certificate chaining to a trusted CA
// with an anchored identity and a pinned issuer, and a timestamp), then what
// sigstore never looks at — the payload type, the statement and predicate
// types, the recorded render inputs, and the subject digest.
import { createPublicKey, type KeyObject } from 'node:crypto';
import { bundleFromJSON, isBundleWithDsseEnvelope } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, toSignedEntity, toTrustMaterial, type VerificationPolicy } from '@sigstore/verify';
import type { AppAnalysis } from '../analyze.js';
import { TollgateError } from '../errors.js';
import { escapeRegExp } from '../regexp.js';
import { PAYLOAD_TYPE, PREDICATE_TYPE, STATEMENT_TYPE, inputDifference, renderDigest, type Statement } from './statement.js';

export type Trust = { key: string } | { identity: string; issuer: string; trustedRoot: unknown };

const refuse = (message: string, hint?: string) => new TollgateError('attestation', message, hint ? { hint } : {});

/** The identity as an exact match: sigstore treats the policy as a regular expression. */
export function anchoredIdentity(identity: string): string {
  return `^${escapeRegExp(identity).replaceAll('/', '\\/')}$`;
}

function publicKey(pem: string): KeyObject {
  try {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') throw new Error('not an ECDSA P-256 key');
    return key;
  } catch (error) {
    throw new TollgateError('usage', `the trusted key is not a PEM P-256 public key: ${(error as Error).message}`);
  }
}

const EMPTY_ROOT = { mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1', tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] };

/** Checks the bundle's signature and signer; returns the statement it signs. */
export function verifySignature(bundleJson: unknown, trust: Trust): Statement {
  let bundle;
  try {
    bundle = bundleFromJSON(bundleJson);
  } catch (error) {
    throw refuse(`the bundle is not a sigstore bundle: ${(error as Error).message}`);
  }
  if (!isBundleWithDsseEnvelope(bundle)) throw refuse('the bundle holds no DSSE envelope, so no in-toto statement');
  let verifier: Verifier;
  let policy: VerificationPolicy | undefined;
  if ('key' in trust) {
    const key = publicKey(trust.key);
    verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(EMPTY_ROOT), () => ({ publicKey: key, validFor: () => true })), { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 });
  } else {
    let root: TrustedRoot;
    try {
      root = TrustedRoot.fromJSON(trust.trustedRoot);
    } catch (error) {
      throw new TollgateError('usage', `the trusted root is not a sigstore trusted root: ${(error as Error).message}`);
    }
    // A timestamp is required: without one a certificate's short validity proves nothing.
    verifier = new Verifier(toTrustMaterial(root), { tlogThreshold: 0, ctlogThreshold: root.ctlogs.length ? 1 : 0, timestampThreshold: 1 });
    policy = { subjectAlternativeName: anchoredIdentity(trust.identity), extensions: { issuer: trust.issuer } };
  }
  try {
    verifier.verify(toSignedEntity(bundle), policy);
  } catch (error) {
    const e = error as { code?: string; message: string };
    if ('key' in trust && e.code === 'SIGNATURE_ERROR') throw refuse('the attestation is not signed by the trusted key');
    if (e.code === 'TIMESTAMP_ERROR') throw refuse(`the attestation has no trusted timestamp (${e.message})`, 'sign keyless with a timestamp authority or a transparency log');
    throw refuse(`the attestation's signature does not verify: ${e.message}`);
  }
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== PAYLOAD_TYPE) throw refuse(`the envelope's payload type is ${JSON.stringify(envelope.payloadType)}, not ${PAYLOAD_TYPE}`);
  let statement: Statement;
  try {
    statement = JSON.parse(envelope.payload.toString('utf8'));
  } catch {
    throw refuse('the signed payload is not JSON');
  }
  if (statement._type !== STATEMENT_TYPE) throw refuse(`the payload is not an in-toto v1 statement (${JSON.stringify(statement._type)})`);
  if (statement.predicateType !== PREDICATE_TYPE) throw refuse(`the statement's predicate type is ${JSON.stringify(statement.predicateType)}, not ${PREDICATE_TYPE}`);
  return statement;
}

/** The statement against the render at hand: the same inputs first (the precise difference), then the same digest. */
export function checkStatement(statement: Statement, analysis: AppAnalysis, digest = renderDigest(analysis.head.render.resources.map((r) => r.object))): void {
  const difference = inputDifference(statement.predicate, { app: analysis.appPath, inputs: analysis.head.render.inputs });
  if (difference) throw refuse(difference, 'pin the render inputs in .tollgate.yaml `render:` so that CI and Argo CD render alike');
  const subject = statement.subject?.find((s) => s.digest?.sha256);
  if (!subject || subject.digest.sha256 !== digest) {
    throw refuse(`the attestation is for a different render: attested sha256:${subject?.digest.sha256 ?? 'none'}, rendered sha256:${digest}`);
  }
}
