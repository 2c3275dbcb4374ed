import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-H6ZMV7O4.js";
import {
  TollgateError,
  formatError
} from "./chunk-4DMKZ7XV.js";
import "./chunk-S6SOTGYE.js";

// src/cli/main.ts
var HELP = `tollgate ${VERSION}: cost and policy gate for Kubernetes apps deployed with Argo CD

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
var COMMANDS = {
  render: async () => (await import("./render-PPPLKJYG.js")).renderCommand,
  cost: async () => (await import("./cost-SJ6M754E.js")).costCommand,
  check: async () => (await import("./check-A7X2QMAO.js")).checkCommand,
  sbom: async () => (await import("./sbom-GQKSBHZ2.js")).sbomCommand,
  attest: async () => (await import("./attest-RZIQHDZD.js")).attestCommand,
  verify: async () => (await import("./verify-2UO655SC.js")).verifyCommand,
  recommend: async () => (await import("./recommend-B2YXIO5L.js")).recommendCommand,
  argocd: async () => (await import("./argocd-E5AWUXJE.js")).argocdCommand
};
async function main(argv, io) {
  const [command, ...rest] = argv;
  try {
    if (command === void 0) {
      io.stderr(HELP);
      return 2;
    }
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(HELP);
      return 0;
    }
    if (command === "--version" || command === "version") {
      io.stdout(`tollgate ${VERSION}
`);
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : void 0;
    if (!load) {
      throw new TollgateError("usage", `unknown command ${JSON.stringify(command)}`, { hint: "run `tollgate --help` for the list of commands" });
    }
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof TollgateError) {
      io.stderr(`${formatError(error)}
`);
      if (io.env.TOLLGATE_DEBUG === "1" && error.stack) io.stderr(`${error.stack}
`);
      return error.exitCode;
    }
    io.stderr(`tollgate: internal error: ${error?.message ?? String(error)}
`);
    io.stderr(io.env.TOLLGATE_DEBUG === "1" ? `${error?.stack}
` : "  this is a bug in tollgate; rerun with TOLLGATE_DEBUG=1 and report the output\n");
    return 2;
  }
}
export {
  HELP,
  main
};
