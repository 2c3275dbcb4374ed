import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  buildStatement
} from "./chunk-NM5NAU27.js";
import {
  buildSbom,
  sbomJson
} from "./chunk-32GL2PTA.js";
import "./chunk-H6ZMV7O4.js";
import {
  emitResult
} from "./chunk-GEBOHM7Y.js";
import {
  ANALYSIS_FLAGS,
  COMMON_FLAGS,
  SOURCE_FLAGS,
  analyzeOptionsFrom,
  parseCommandArgs
} from "./chunk-VVPHGAZ2.js";
import {
  analyzeApp,
  findHelm,
  findKustomize,
  git,
  runTool
} from "./chunk-PKDCNJZF.js";
import "./chunk-FR6RCKLQ.js";
import "./chunk-AKDDKKA4.js";
import {
  TollgateError
} from "./chunk-4DMKZ7XV.js";
import "./chunk-S6SOTGYE.js";

// src/cli/commands/attest.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var ATTEST_HELP = `Usage: tollgate attest [PATH] [source flags] [analysis flags] (--key PEM | --keyless) [--output FILE] [--sbom-output FILE]

Renders the app at PATH, then signs an in-toto statement about the render: its
subject is the sha256 of the canonical rendered manifests, its predicate
(https://tollgate.dev/render/v1) every render input, the cost, the verdict,
the rule counts and the SBOM's digest. Writes a sigstore bundle.

  --key PEM            sign offline with this ECDSA P-256 private key (PEM)
  --keyless            sign with a Fulcio certificate for the CI's OIDC identity (GitHub
                       Actions with id-token: write), timestamped by Rekor, or by a TSA
                       with --private (nothing about the repository goes to the public log)
  --private            keyless: timestamp with a TSA instead of Rekor
  --output FILE        write the bundle there instead of stdout
                       (the plugin looks in .tollgate/attestations/<app path>.sigstore.json)
  --sbom-output FILE   also write the CycloneDX SBOM the statement names

Exit status: 0 the bundle was written (the verdict is data inside it), 2 usage, config,
input, render or signing error.
`;
async function commitOf(repoRoot, env) {
  if (env.ARGOCD_APP_REVISION) return env.ARGOCD_APP_REVISION;
  const head = await git(repoRoot, ["rev-parse", "--verify", "--quiet", "HEAD"]).catch(() => void 0);
  return head?.exitCode === 0 ? head.stdout.trim() : void 0;
}
async function toolVersions(renderer, env) {
  const ask = async (binary, args, display) => {
    const run = await runTool(binary, args, { timeoutMs: 2e4, env, display }).catch(() => void 0);
    return run?.exitCode === 0 ? run.stdout.trim().split("\n")[0] : void 0;
  };
  if (renderer === "helm") {
    const helm = findHelm(env);
    const version = await ask(helm.binary, ["version", "--short"], "helm version");
    return version ? { helm: version } : void 0;
  }
  if (renderer === "kustomize") {
    const tool = findKustomize(env);
    const version = tool.prefixArgs.length ? await ask(tool.binary, ["version", "--client"], "kubectl version") : await ask(tool.binary, ["version"], "kustomize version");
    return version ? { [tool.prefixArgs.length ? "kubectl" : "kustomize"]: version } : void 0;
  }
  return void 0;
}
async function attestCommand(argv, io) {
  const { values, positionals } = parseCommandArgs("attest", argv, {
    ...SOURCE_FLAGS,
    ...ANALYSIS_FLAGS,
    ...COMMON_FLAGS,
    key: { type: "string" },
    keyless: { type: "boolean" },
    private: { type: "boolean" },
    "sbom-output": { type: "string" }
  });
  if (values.help) {
    io.stdout(ATTEST_HELP);
    return 0;
  }
  if (Boolean(values.key) === Boolean(values.keyless)) throw new TollgateError("usage", "give one of --key PEM or --keyless");
  let pem;
  if (values.key) {
    try {
      pem = readFileSync(resolve(io.cwd, values.key), "utf8");
    } catch (error) {
      throw new TollgateError("usage", `cannot read --key ${values.key}: ${error.code ?? error.message}`);
    }
  }
  const analysis = await analyzeApp(analyzeOptionsFrom(values, positionals, io));
  for (const warning of analysis.warnings) io.stderr(`tollgate: warning: ${warning}
`);
  const sbom = sbomJson(buildSbom(analysis, analysis.scanReports));
  const statement = buildStatement(analysis, sbom, { commit: await commitOf(analysis.repoRoot, io.env), tools: await toolVersions(analysis.renderer, io.env) });
  const { signKeyless, signWithKey } = await import("./sign-CU73X6M2.js");
  let bundle;
  try {
    bundle = pem !== void 0 ? await signWithKey(statement, pem, values.key) : await signKeyless(statement, { publicRepository: !values.private });
  } catch (error) {
    if (error instanceof TollgateError) throw error;
    throw new TollgateError("render", `signing failed: ${error.message}`, values.keyless ? { hint: "keyless signing needs an OIDC token (GitHub Actions: permissions id-token: write) and the sigstore services" } : {});
  }
  if (values["sbom-output"]) emitResult(io, sbom, values["sbom-output"]);
  emitResult(io, `${JSON.stringify(bundle)}
`, values.output);
  return 0;
}
export {
  ATTEST_HELP,
  attestCommand
};
