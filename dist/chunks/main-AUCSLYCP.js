import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  TollgateError,
  formatError,
  render,
  toJsonLines,
  toYamlStream
} from "./chunk-AOL6E2MN.js";
import {
  VERSION
} from "./chunk-WYKDYP3L.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var SOURCE_FLAGS = {
  renderer: { type: "string" },
  namespace: { type: "string", short: "n" },
  release: { type: "string" },
  values: { type: "string", short: "f", multiple: true },
  set: { type: "string", multiple: true },
  recurse: { type: "boolean" },
  include: { type: "string" },
  exclude: { type: "string" },
  "kube-version": { type: "string" },
  "api-versions": { type: "string", multiple: true },
  "repo-root": { type: "string" },
  "skip-crds": { type: "boolean" },
  "kustomize-build-options": { type: "string" },
  "no-dependency-build": { type: "boolean" }
};
var COMMON_FLAGS = {
  help: { type: "boolean", short: "h" },
  output: { type: "string" }
};
function parseCommandArgs(command, argv, options) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error.message.replace(/\. To specify a positional argument.*$/s, "");
    throw new TollgateError("usage", message, { hint: `see \`tollgate ${command} --help\`` });
  }
}
var RENDERERS = ["auto", "directory", "kustomize", "helm"];
var SET_PAIR = /^[^=]+=/;
var KUBE_VERSION = /^v?\d+\.\d+(\.\d+)?([-+].*)?$/;
function splitBuildOptions(value) {
  if (value === void 0) return void 0;
  return value.split(/\s+/).filter(Boolean);
}
function renderOptionsFrom(values, positionals, env) {
  if (positionals.length > 1) {
    throw new TollgateError("usage", `expected one app path, got ${positionals.length}: ${positionals.join(" ")}`);
  }
  const renderer = values.renderer ?? "auto";
  if (!RENDERERS.includes(renderer)) {
    throw new TollgateError("usage", `--renderer ${renderer} is not one of ${RENDERERS.join(", ")}`);
  }
  const set = values.set ?? [];
  for (const pair of set) {
    if (!SET_PAIR.test(pair)) throw new TollgateError("usage", `--set ${JSON.stringify(pair)} is not key=value`);
  }
  const kubeVersion = values["kube-version"];
  if (kubeVersion !== void 0 && !KUBE_VERSION.test(kubeVersion)) {
    throw new TollgateError("usage", `--kube-version ${JSON.stringify(kubeVersion)} is not a Kubernetes version like 1.32.0`);
  }
  const apiVersions = (values["api-versions"] ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  return {
    path: positionals[0] ?? ".",
    repoRoot: values["repo-root"],
    renderer,
    namespace: values.namespace,
    release: values.release,
    valuesFiles: values.values,
    set,
    recurse: Boolean(values.recurse),
    include: values.include,
    exclude: values.exclude,
    kubeVersion,
    apiVersions,
    skipCrds: Boolean(values["skip-crds"]),
    kustomizeBuildOptions: splitBuildOptions(values["kustomize-build-options"] ?? env.TOLLGATE_KUSTOMIZE_BUILD_OPTIONS),
    dependencyBuild: !values["no-dependency-build"],
    appName: env.ARGOCD_APP_NAME || void 0,
    env
  };
}

// src/cli/io.ts
import { renameSync, writeFileSync } from "node:fs";
function emitResult(io, text, outputFile) {
  if (!outputFile) {
    io.stdout(text);
    return;
  }
  const temp = `${outputFile}.tollgate-${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, outputFile);
  } catch (error) {
    throw new TollgateError("usage", `cannot write --output ${outputFile}: ${error.code ?? error.message}`);
  }
}

// src/cli/commands/render.ts
var RENDER_HELP = `Usage: tollgate render [PATH] [source flags] [-o yaml|json] [--output FILE]

Renders the app at PATH (default .) exactly as Argo CD would and prints the
resources as they will be applied, Secrets included.

Source flags:
  --renderer auto|directory|kustomize|helm   how to render (default auto: Argo CD's detection)
  -n, --namespace NS           namespace passed to helm template
  --release NAME               Helm release name (default: $ARGOCD_APP_NAME, else the chart name)
  -f, --values FILE            Helm values file, relative to the current directory (repeatable)
  --set key=value              Helm value, passed literally (repeatable)
  --recurse                    directory apps: read sub-folders too
  --include GLOB, --exclude GLOB   directory apps: Argo CD's include/exclude globs
  --kube-version X.Y.Z         Helm: the Kubernetes version templates see
  --api-versions LIST          Helm: extra API versions (comma-separated, repeatable)
  --skip-crds                  Helm: leave out the chart's crds/ folder
  --kustomize-build-options S  extra kustomize build flags (or $TOLLGATE_KUSTOMIZE_BUILD_OPTIONS)
  --no-dependency-build        Helm: fail instead of running helm dependency build
  --repo-root DIR              no file reference may leave DIR (default: the git work tree)

Output:
  -o, --output-format yaml|json  a YAML stream (default) or one JSON object per line
  --output FILE                write there instead of stdout

Exit status: 0 rendered, 2 usage, input or render error (nothing on stdout).
`;
async function renderCommand(argv, io) {
  const { values, positionals } = parseCommandArgs("render", argv, {
    ...SOURCE_FLAGS,
    ...COMMON_FLAGS,
    "output-format": { type: "string", short: "o" }
  });
  if (values.help) {
    io.stdout(RENDER_HELP);
    return 0;
  }
  const format = values["output-format"] ?? "yaml";
  if (format !== "yaml" && format !== "json") {
    throw new TollgateError("usage", `-o ${format} is not yaml or json`);
  }
  const options = renderOptionsFrom(values, positionals, io.env);
  options.signal = io.signal;
  const result = await render(options);
  for (const warning of result.warnings) io.stderr(`tollgate: warning: ${warning}
`);
  const objects = result.resources.map((r) => r.object);
  emitResult(io, format === "json" ? toJsonLines(objects) : toYamlStream(objects), values.output);
  return 0;
}

// src/cli/main.ts
var HELP = `tollgate ${VERSION}: cost and policy gate for Kubernetes apps deployed with Argo CD

Usage: tollgate <command> [PATH] [flags]

Commands:
  render     render an app as Argo CD would and print the resources

Run \`tollgate <command> --help\` for a command's flags.
Flags: --version, --help
`;
var COMMANDS = {
  render: renderCommand
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
    const run = COMMANDS[command];
    if (!run) {
      throw new TollgateError("usage", `unknown command ${JSON.stringify(command)}`, { hint: "run `tollgate --help` for the list of commands" });
    }
    return await run(rest, io);
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
