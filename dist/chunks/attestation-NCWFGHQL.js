import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  checkStatement,
  verifySignature
} from "./chunk-CNUXTO7K.js";
import "./chunk-QDQH4ZWW.js";
import {
  renderDigest
} from "./chunk-NM5NAU27.js";
import "./chunk-H6ZMV7O4.js";
import "./chunk-FR6RCKLQ.js";
import "./chunk-AKDDKKA4.js";
import {
  TollgateError
} from "./chunk-4DMKZ7XV.js";
import "./chunk-S6SOTGYE.js";

// src/argocd/attestation.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
function attestationPath(appPath) {
  return `.tollgate/attestations/${appPath === "." ? "app" : appPath}.sigstore.json`;
}
function pemOf(value) {
  if (value.trimStart().startsWith("-----BEGIN")) return value;
  try {
    return readFileSync(value, "utf8");
  } catch (error) {
    throw new TollgateError("attestation", `TOLLGATE_TRUSTED_KEY names ${value}, which cannot be read (${error.code})`);
  }
}
function trustOf(admin) {
  if (admin.trustedKey) return { key: pemOf(admin.trustedKey) };
  if (admin.trustedIdentity && admin.trustedIssuer && admin.trustedRoot) {
    let root;
    try {
      root = JSON.parse(readFileSync(admin.trustedRoot, "utf8"));
    } catch (error) {
      throw new TollgateError("attestation", `TOLLGATE_TRUSTED_ROOT ${admin.trustedRoot} cannot be read as JSON (${error.message})`);
    }
    return { identity: admin.trustedIdentity, issuer: admin.trustedIssuer, trustedRoot: root };
  }
  throw new TollgateError("attestation", "an attestation is required, but the sidecar trusts no key or identity", {
    hint: "set TOLLGATE_TRUSTED_KEY, or TOLLGATE_TRUSTED_IDENTITY, TOLLGATE_TRUSTED_ISSUER and TOLLGATE_TRUSTED_ROOT, in the sidecar"
  });
}
function verified(bundle, trust, analysis, where, digest) {
  try {
    checkStatement(verifySignature(bundle, trust), analysis, digest);
  } catch (error) {
    if (error instanceof TollgateError) throw new TollgateError("attestation", `${where}: ${error.message}`, error.hint ? { hint: error.hint } : {});
    throw error;
  }
}
function githubRepository(url) {
  const m = /^(?:https:\/\/github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url ?? "");
  return m ? { owner: m[1], repo: m[2] } : void 0;
}
async function bundlesFromGitHub(repository, digest, admin, signal) {
  const base = (admin.githubApiUrl ?? "https://api.github.com").replace(/\/$/, "");
  const url = `${base}/repos/${repository.owner}/${repository.repo}/attestations/sha256:${digest}?per_page=100`;
  let response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${admin.githubToken}`, accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28" }, signal });
  } catch (error) {
    throw new TollgateError("attestation", `cannot reach GitHub's attestations API: ${error.message}`);
  }
  if (response.status === 404) return [];
  if (!response.ok) throw new TollgateError("attestation", `GitHub's attestations API answered ${response.status} for ${repository.owner}/${repository.repo}`, { hint: "TOLLGATE_GITHUB_TOKEN needs read access to the repository" });
  const json = await response.json().catch(() => ({}));
  return (json.attestations ?? []).map((a) => a.bundle).filter((b) => b !== void 0);
}
async function requireAttestation(analysis, admin, repoURL, signal) {
  const trust = trustOf(admin);
  const relative = attestationPath(analysis.appPath);
  const file = join(analysis.repoRoot, relative);
  if (existsSync(file)) {
    let bundle;
    try {
      bundle = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      throw new TollgateError("attestation", `${relative} is not JSON`);
    }
    verified(bundle, trust, analysis, relative);
    return;
  }
  const repository = githubRepository(repoURL);
  if (admin.githubToken && repository) {
    const digest = renderDigest(analysis.head.render.resources.map((r) => r.object));
    const bundles = await bundlesFromGitHub(repository, digest, admin, signal);
    let last;
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
    throw new TollgateError("attestation", `no attestation for ${analysis.appPath}: ${relative} is not in the repository, and GitHub has none for sha256:${digest}`, {
      hint: "attest the render in CI (tollgate attest) and commit the bundle, or upload it to GitHub"
    });
  }
  throw new TollgateError("attestation", `no attestation for ${analysis.appPath}: ${relative} is not in the repository`, { hint: "attest the render in CI (tollgate attest) and commit the bundle there" });
}
export {
  attestationPath,
  githubRepository,
  requireAttestation
};
