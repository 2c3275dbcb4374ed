// At sync: the render must be the one CI attested. The bundle is read from the
// repository (`.tollgate/attestations/<app path>.sigstore.json`); who may sign
// comes only from the sidecar's environment or files it mounts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppAnalysis } from '../analyze.js';
import { checkStatement, verifySignature, type Trust } from '../attest/verify.js';
import { TollgateError } from '../errors.js';
import type { AdminSettings } from './request.js';

/** Where an app's attestation lives in its repository. */
export function attestationPath(appPath: string): string {
  return `.tollgate/attestations/${appPath === '.' ? 'app' : appPath}.sigstore.json`;
}

/** A PEM given inline, or the path of a mounted file holding it. */
function pemOf(value: string): string {
  if (value.trimStart().startsWith('-----BEGIN')) return value;
  try {
    return readFileSync(value, 'utf8');
  } catch (error) {
    throw new TollgateError('attestation', `TOLLGATE_TRUSTED_KEY names ${value}, which cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
}

function trustOf(admin: AdminSettings): Trust {
  if (admin.trustedKey) return { key: pemOf(admin.trustedKey) };
  if (admin.trustedIdentity && admin.trustedIssuer && admin.trustedRoot) {
    let root: unknown;
    try {
      root = JSON.parse(readFileSync(admin.trustedRoot, 'utf8'));
    } catch (error) {
      throw new TollgateError('attestation', `TOLLGATE_TRUSTED_ROOT ${admin.trustedRoot} cannot be read as JSON (${(error as Error).message})`);
    }
    return { identity: admin.trustedIdentity, issuer: admin.trustedIssuer, trustedRoot: root };
  }
  throw new TollgateError('attestation', 'an attestation is required, but the sidecar trusts no key or identity', {
    hint: 'set TOLLGATE_TRUSTED_KEY, or TOLLGATE_TRUSTED_IDENTITY, TOLLGATE_TRUSTED_ISSUER and TOLLGATE_TRUSTED_ROOT, in the sidecar',
  });
}

/** Throws (exit 3) unless the app's attestation is present, signed by whom the sidecar trusts, and for exactly this render. */
export function requireAttestation(analysis: AppAnalysis, admin: AdminSettings): void {
  const trust = trustOf(admin);
  const relative = attestationPath(analysis.appPath);
  const file = join(analysis.repoRoot, relative);
  if (!existsSync(file)) throw new TollgateError('attestation', `no attestation for ${analysis.appPath}: ${relative} is not in the repository`, { hint: 'attest the render in CI (tollgate attest) and commit the bundle there' });
  let bundle: unknown;
  try {
    bundle = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new TollgateError('attestation', `${relative} is not JSON`);
  }
  try {
    checkStatement(verifySignature(bundle, trust), analysis);
  } catch (error) {
    if (error instanceof TollgateError) throw new TollgateError('attestation', `${relative}: ${error.message}`, error.hint ? { hint: error.hint } : {});
    throw error;
  }
}
