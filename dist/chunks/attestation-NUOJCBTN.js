import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  checkStatement,
  verifySignature
} from "./chunk-WRQJ36TR.js";
import "./chunk-QDQH4ZWW.js";
import "./chunk-QMIWP4VM.js";
import "./chunk-H6ZMV7O4.js";
import "./chunk-23HBHDHD.js";
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
function requireAttestation(analysis, admin) {
  const trust = trustOf(admin);
  const relative = attestationPath(analysis.appPath);
  const file = join(analysis.repoRoot, relative);
  if (!existsSync(file)) throw new TollgateError("attestation", `no attestation for ${analysis.appPath}: ${relative} is not in the repository`, { hint: "attest the render in CI (tollgate attest) and commit the bundle there" });
  let bundle;
  try {
    bundle = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new TollgateError("attestation", `${relative} is not JSON`);
  }
  try {
    checkStatement(verifySignature(bundle, trust), analysis);
  } catch (error) {
    if (error instanceof TollgateError) throw new TollgateError("attestation", `${relative}: ${error.message}`, error.hint ? { hint: error.hint } : {});
    throw error;
  }
}
export {
  attestationPath,
  requireAttestation
};
