// At sync: the render must be the one CI attested. The bundle is read from the
// repository (`.tollgate/attestations/<app path>.sigstore.json`); who may sign
// comes only from the sidecar's environment or files it mounts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppAnalysis } from '../analyze.js';
import { renderDigest } from '../attest/statement.js';
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

function verified(bundle: unknown, trust: Trust, analysis: AppAnalysis, where: string, digest?: string): void {
  try {
    checkStatement(verifySignature(bundle, trust), analysis, digest);
  } catch (error) {
    if (error instanceof TollgateError) throw new TollgateError('attestation', `${where}: ${error.message}`, error.hint ? { hint: error.hint } : {});
    throw error;
  }
}

/** `owner/repo` of a GitHub repository URL (https or ssh), else undefined. */
export function githubRepository(url: string | undefined): { owner: string; repo: string } | undefined {
  const m = /^(?:https:\/\/github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url ?? '');
  return m ? { owner: m[1], repo: m[2] } : undefined;
}

/**
 * The bundles GitHub's attestations API holds for a subject digest
 * (`GET /repos/{owner}/{repo}/attestations/sha256:{digest}`), for CI that
 * uploads the bundle there instead of committing it.
 */
async function bundlesFromGitHub(repository: { owner: string; repo: string }, digest: string, admin: AdminSettings, signal?: AbortSignal): Promise<unknown[]> {
  const base = (admin.githubApiUrl ?? 'https://api.github.com').replace(/\/$/, '');
  const url = `${base}/repos/${repository.owner}/${repository.repo}/attestations/sha256:${digest}?per_page=100`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${admin.githubToken}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' }, signal });
  } catch (error) {
    throw new TollgateError('attestation', `cannot reach GitHub's attestations API: ${(error as Error).message}`);
  }
  if (response.status === 404) return [];
  if (!response.ok) throw new TollgateError('attestation', `GitHub's attestations API answered ${response.status} for ${repository.owner}/${repository.repo}`, { hint: 'TOLLGATE_GITHUB_TOKEN needs read access to the repository' });
  const json = (await response.json().catch(() => ({}))) as { attestations?: Array<{ bundle?: unknown }> };
  return (json.attestations ?? []).map((a) => a.bundle).filter((b) => b !== undefined);
}

/**
 * Throws (exit 3) unless an attestation of exactly this render, signed by whom
 * the sidecar trusts, is in the repository — or, with TOLLGATE_GITHUB_TOKEN, in
 * GitHub's attestations API for the render's digest.
 */
export async function requireAttestation(analysis: AppAnalysis, admin: AdminSettings, repoURL?: string, signal?: AbortSignal): Promise<void> {
  const trust = trustOf(admin);
  const relative = attestationPath(analysis.appPath);
  const file = join(analysis.repoRoot, relative);
  if (existsSync(file)) {
    let bundle: unknown;
    try {
      bundle = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw new TollgateError('attestation', `${relative} is not JSON`);
    }
    verified(bundle, trust, analysis, relative);
    return;
  }
  const repository = githubRepository(repoURL);
  if (admin.githubToken && repository) {
    const digest = renderDigest(analysis.head.render.resources.map((r) => r.object));
    const bundles = await bundlesFromGitHub(repository, digest, admin, signal);
    let last: TollgateError | undefined;
    for (const bundle of bundles) {
      try {
        verified(bundle, trust, analysis, `GitHub attestation for sha256:${digest}`, digest);
        return;
      } catch (error) {
        if (!(error instanceof TollgateError)) throw error;
        last = error;
      }
    }
    if (last) throw last;
    throw new TollgateError('attestation', `no attestation for ${analysis.appPath}: ${relative} is not in the repository, and GitHub has none for sha256:${digest}`, {
      hint: 'attest the render in CI (tollgate attest) and commit the bundle, or upload it to GitHub',
    });
  }
  throw new TollgateError('attestation', `no attestation for ${analysis.appPath}: ${relative} is not in the repository`, { hint: 'attest the render in CI (tollgate attest) and commit the bundle there' });
}
