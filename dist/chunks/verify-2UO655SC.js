import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  checkStatement,
  verifySignature
} from "./chunk-CNUXTO7K.js";
import "./chunk-QDQH4ZWW.js";
import "./chunk-NM5NAU27.js";
import "./chunk-H6ZMV7O4.js";
import {
  COMMON_FLAGS,
  SOURCE_FLAGS,
  analyzeOptionsFrom,
  parseCommandArgs
} from "./chunk-VVPHGAZ2.js";
import {
  analyzeApp
} from "./chunk-PKDCNJZF.js";
import "./chunk-FR6RCKLQ.js";
import "./chunk-AKDDKKA4.js";
import {
  TollgateError
} from "./chunk-4DMKZ7XV.js";
import "./chunk-S6SOTGYE.js";

// src/cli/commands/verify.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var VERIFY_HELP = `Usage: tollgate verify [PATH] [source flags] --bundle BUNDLE (--key PUBPEM | --certificate-identity ID --certificate-oidc-issuer URL --trusted-root FILE)

Renders the app at PATH and checks that BUNDLE attests exactly this render:
the signature (by the trusted key, or a certificate for exactly this identity
from exactly this issuer, chaining to the trusted root, with a timestamp),
the statement and predicate types, the recorded render inputs, and the digest
of the canonical rendered manifests.

  --bundle FILE                    the sigstore bundle tollgate attest wrote
  --key PUBPEM                     the trusted ECDSA P-256 public key (PEM)
  --certificate-identity ID        the signer's identity, matched exactly (e.g. a workflow ref:
                                   https://github.com/acme/platform/.github/workflows/release.yml@refs/heads/main)
  --certificate-oidc-issuer URL    its issuer, e.g. https://token.actions.githubusercontent.com
  --trusted-root FILE              the sigstore trusted root (CAs and timestamp authorities) to chain to

Exit status: 0 verified, 3 the attestation is missing, invalid or for another render,
2 usage, config, input or render error.
`;
function readArg(io, flag, path) {
  try {
    return readFileSync(resolve(io.cwd, path), "utf8");
  } catch (error) {
    const code = error.code;
    if (flag === "--bundle" && code === "ENOENT") throw new TollgateError("attestation", `no attestation: ${path} does not exist`);
    throw new TollgateError("usage", `cannot read ${flag} ${path}: ${code ?? error.message}`);
  }
}
async function verifyCommand(argv, io) {
  const { values, positionals } = parseCommandArgs("verify", argv, {
    ...SOURCE_FLAGS,
    ...COMMON_FLAGS,
    config: { type: "string" },
    bundle: { type: "string" },
    key: { type: "string" },
    "certificate-identity": { type: "string" },
    "certificate-oidc-issuer": { type: "string" },
    "trusted-root": { type: "string" }
  });
  if (values.help) {
    io.stdout(VERIFY_HELP);
    return 0;
  }
  if (!values.bundle) throw new TollgateError("usage", "give --bundle BUNDLE");
  let trust;
  if (values.key) {
    if (values["certificate-identity"] || values["certificate-oidc-issuer"]) throw new TollgateError("usage", "--key and --certificate-identity are alternatives; give one");
    trust = { key: readArg(io, "--key", values.key) };
  } else {
    if (!values["certificate-identity"] || !values["certificate-oidc-issuer"] || !values["trusted-root"]) {
      throw new TollgateError("usage", "give --key PUBPEM, or --certificate-identity, --certificate-oidc-issuer and --trusted-root");
    }
    let root;
    try {
      root = JSON.parse(readArg(io, "--trusted-root", values["trusted-root"]));
    } catch (error) {
      if (error instanceof TollgateError) throw error;
      throw new TollgateError("usage", `--trusted-root ${values["trusted-root"]} is not JSON`);
    }
    trust = { identity: values["certificate-identity"], issuer: values["certificate-oidc-issuer"], trustedRoot: root };
  }
  let bundle;
  try {
    bundle = JSON.parse(readArg(io, "--bundle", values.bundle));
  } catch (error) {
    if (error instanceof TollgateError) throw error;
    throw new TollgateError("attestation", `--bundle ${values.bundle} is not JSON`);
  }
  const statement = verifySignature(bundle, trust);
  const analysis = await analyzeApp(analyzeOptionsFrom(values, positionals, io));
  checkStatement(statement, analysis);
  io.stdout(`tollgate: verified: ${analysis.appPath} renders to sha256:${statement.subject[0].digest.sha256}, as attested
`);
  return 0;
}
export {
  VERIFY_HELP,
  verifyCommand
};
