// argv → command → exit status. Errors a user can fix print one message (file
// and line where known) and exit 2; nothing else reaches stdout.
import { TollgateError, formatError } from '../errors.js';
import { VERSION } from '../version.js';
import type { CliIO } from './io.js';

export const HELP = `tollgate ${VERSION}: cost and policy gate for Kubernetes apps deployed with Argo CD

Usage: tollgate <command> [PATH] [flags]

Commands:
  render     render an app as Argo CD would and print the resources, annotated with their cost
  cost       estimate what an app costs per month, and what a change adds; budgets gate
  check      check an app against policy (pod security, supply chain, resources, network, secrets, reliability, budgets)
  sbom       write a CycloneDX SBOM of the images and chart an app deploys
  attest     sign an in-toto attestation of an app's render (sigstore bundle)
  verify     check that an attestation matches the app's render (exit 3 if not)
  recommend  right-size requests and limits from observed usage (Prometheus or an export)
  argocd     the Argo CD config-management plugin: \`argocd generate\`, \`argocd parameters\`

Run \`tollgate <command> --help\` for a command's flags.
Flags: --version, --help
`;

type Command = (argv: string[], io: CliIO) => Promise<number>;

// Each command loads only what it needs: verify never loads the signing stack, render never sigstore.
const COMMANDS: Record<string, () => Promise<Command>> = {
  render: async () => (await import('./commands/render.js')).renderCommand,
  cost: async () => (await import('./commands/cost.js')).costCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  sbom: async () => (await import('./commands/sbom.js')).sbomCommand,
  attest: async () => (await import('./commands/attest.js')).attestCommand,
  verify: async () => (await import('./commands/verify.js')).verifyCommand,
  recommend: async () => (await import('./commands/recommend.js')).recommendCommand,
  argocd: async () => (await import('./commands/argocd.js')).argocdCommand,
};

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.stderr(HELP);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP);
      return 0;
    }
    if (command === '--version' || command === 'version') {
      io.stdout(`tollgate ${VERSION}\n`);
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) {
      throw new TollgateError('usage', `unknown command ${JSON.stringify(command)}`, { hint: 'run `tollgate --help` for the list of commands' });
    }
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof TollgateError) {
      io.stderr(`${formatError(error)}\n`);
      if (io.env.TOLLGATE_DEBUG === '1' && error.stack) io.stderr(`${error.stack}\n`);
      return error.exitCode;
    }
    io.stderr(`tollgate: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    io.stderr(io.env.TOLLGATE_DEBUG === '1' ? `${(error as Error)?.stack}\n` : '  this is a bug in tollgate; rerun with TOLLGATE_DEBUG=1 and report the output\n');
    return 2;
  }
}
