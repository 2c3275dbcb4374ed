import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeApp } from '../../analyze.js';
import { buildStatement } from '../../attest/statement.js';
import { TollgateError } from '../../errors.js';
import { git } from '../../git/worktree.js';
import { runTool } from '../../render/exec.js';
import { findHelm, findKustomize } from '../../render/tools.js';
import { buildSbom, sbomJson } from '../../sbom/sbom.js';
import { ANALYSIS_FLAGS, COMMON_FLAGS, SOURCE_FLAGS, analyzeOptionsFrom, parseCommandArgs } from '../args.js';
import { emitResult, type CliIO } from '../io.js';

export const ATTEST_HELP = `Usage: tollgate attest [PATH] [source flags] [analysis flags] (--key PEM | --keyless) [--output FILE] [--sbom-output FILE]

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

async function commitOf(repoRoot: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (env.ARGOCD_APP_REVISION) return env.ARGOCD_APP_REVISION;
  const head = await git(repoRoot, ['rev-parse', '--verify', '--quiet', 'HEAD']).catch(() => undefined);
  return head?.exitCode === 0 ? head.stdout.trim() : undefined;
}

/** The renderer's own version, for the record (never compared: the digest is what must match). */
async function toolVersions(renderer: string, env: NodeJS.ProcessEnv): Promise<Record<string, string> | undefined> {
  const ask = async (binary: string, args: string[], display: string) => {
    const run = await runTool(binary, args, { timeoutMs: 20_000, env, display }).catch(() => undefined);
    return run?.exitCode === 0 ? run.stdout.trim().split('\n')[0] : undefined;
  };
  if (renderer === 'helm') {
    const helm = findHelm(env);
    const version = await ask(helm.binary, ['version', '--short'], 'helm version');
    return version ? { helm: version } : undefined;
  }
  if (renderer === 'kustomize') {
    const tool = findKustomize(env);
    const version = tool.prefixArgs.length ? await ask(tool.binary, ['version', '--client'], 'kubectl version') : await ask(tool.binary, ['version'], 'kustomize version');
    return version ? { [tool.prefixArgs.length ? 'kubectl' : 'kustomize']: version } : undefined;
  }
  return undefined;
}

export async function attestCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('attest', argv, {
    ...SOURCE_FLAGS,
    ...ANALYSIS_FLAGS,
    ...COMMON_FLAGS,
    key: { type: 'string' },
    keyless: { type: 'boolean' },
    private: { type: 'boolean' },
    'sbom-output': { type: 'string' },
  });
  if (values.help) {
    io.stdout(ATTEST_HELP);
    return 0;
  }
  if (Boolean(values.key) === Boolean(values.keyless)) throw new TollgateError('usage', 'give one of --key PEM or --keyless');
  let pem: string | undefined;
  if (values.key) {
    try {
      pem = readFileSync(resolve(io.cwd, values.key), 'utf8');
    } catch (error) {
      throw new TollgateError('usage', `cannot read --key ${values.key}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  const analysis = await analyzeApp(analyzeOptionsFrom(values, positionals, io));
  for (const warning of analysis.warnings) io.stderr(`tollgate: warning: ${warning}\n`);
  const sbom = sbomJson(buildSbom(analysis, analysis.scanReports));
  const statement = buildStatement(analysis, sbom, { commit: await commitOf(analysis.repoRoot, io.env), tools: await toolVersions(analysis.renderer, io.env) });
  // The signing stack (and its network clients) loads only here.
  const { signKeyless, signWithKey } = await import('../../attest/sign.js');
  let bundle: unknown;
  try {
    bundle = pem !== undefined ? await signWithKey(statement, pem, values.key!) : await signKeyless(statement, { publicRepository: !values.private });
  } catch (error) {
    if (error instanceof TollgateError) throw error;
    throw new TollgateError('render', `signing failed: ${(error as Error).message}`, values.keyless ? { hint: 'keyless signing needs an OIDC token (GitHub Actions: permissions id-token: write) and the sigstore services' } : {});
  }
  if (values['sbom-output']) emitResult(io, sbom, values['sbom-output']);
  emitResult(io, `${JSON.stringify(bundle)}\n`, values.output);
  return 0;
}
