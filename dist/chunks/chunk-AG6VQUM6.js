import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);
import {
  annotate,
  enrichmentFor,
  toJsonLines,
  toYamlStream
} from "./chunk-BNMI4SPR.js";
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
  failsGate
} from "./chunk-PKDCNJZF.js";
import {
  TollgateError
} from "./chunk-4DMKZ7XV.js";

// src/cli/commands/render.ts
var RENDER_HELP = `Usage: tollgate render [PATH] [source flags] [analysis flags] [--mode annotate|enforce] [--annotations all|findings|none] [-o yaml|json] [--output FILE]

Renders the app at PATH (default .) exactly as Argo CD would and prints the
resources as they will be applied, Secrets included, each annotated with its
estimated monthly cost and verdict (tollgate.dev/* on the resource's own
metadata, never on pod templates).

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

Exit status: 0 rendered, 1 refused by --mode enforce, 2 usage, config, input or render error
(nothing on stdout unless 0).
`;
async function renderCommand(argv, io) {
  const { values, positionals } = parseCommandArgs("render", argv, {
    ...SOURCE_FLAGS,
    ...ANALYSIS_FLAGS,
    ...COMMON_FLAGS,
    "output-format": { type: "string", short: "o" },
    annotations: { type: "string" },
    mode: { type: "string" }
  });
  if (values.help) {
    io.stdout(RENDER_HELP);
    return 0;
  }
  const format = values["output-format"] ?? "yaml";
  if (format !== "yaml" && format !== "json") {
    throw new TollgateError("usage", `-o ${format} is not yaml or json`);
  }
  const mode = values.mode ?? "annotate";
  if (mode !== "annotate" && mode !== "enforce") throw new TollgateError("usage", `--mode ${mode} is not annotate or enforce`);
  const annotations = values.annotations ?? "all";
  if (!["all", "findings", "none"].includes(annotations)) throw new TollgateError("usage", `--annotations ${annotations} is not all, findings or none`);
  const analysis = await analyzeApp(analyzeOptionsFrom(values, positionals, io));
  for (const warning of analysis.warnings) io.stderr(`tollgate: warning: ${warning}
`);
  if (mode === "enforce" && analysis.verdict === "fail") {
    io.stderr(enforceMessage(analysis));
    return 1;
  }
  for (const [object, added] of enrichmentFor(analysis, annotations)) annotate(object, added);
  const objects = analysis.head.render.resources.map((r) => r.object);
  emitResult(io, format === "json" ? toJsonLines(objects) : toYamlStream(objects), values.output);
  return 0;
}
var ENFORCE_LINES = 20;
function enforceMessage(analysis) {
  const failOn = analysis.head.config.policy.failOn;
  const lines = analysis.findings.filter((f) => !f.suppressed && failsGate(f.level, failOn)).map((f) => `${f.rule}: ${f.message}`);
  for (const r of analysis.resources) {
    for (const f of r.findings) {
      if (f.suppressed || !failsGate(f.level, failOn)) continue;
      lines.push(`${f.rule}: ${r.resource.object.kind}/${r.resource.object.metadata?.name}: ${f.message}`);
    }
  }
  const shown = lines.slice(0, ENFORCE_LINES);
  if (lines.length > ENFORCE_LINES) shown.push(`and ${lines.length - ENFORCE_LINES} more`);
  return `tollgate: refused by policy (${lines.length} failing):
${shown.join("\n")}
`;
}

export {
  RENDER_HELP,
  renderCommand,
  enforceMessage
};
