import { toJsonLines, toYamlStream } from '../../manifest/emit.js';
import { render } from '../../render/index.js';
import { COMMON_FLAGS, SOURCE_FLAGS, parseCommandArgs, renderOptionsFrom } from '../args.js';
import { TollgateError } from '../../errors.js';
import { emitResult, type CliIO } from '../io.js';

export const RENDER_HELP = `Usage: tollgate render [PATH] [source flags] [-o yaml|json] [--output FILE]

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

export async function renderCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('render', argv, {
    ...SOURCE_FLAGS,
    ...COMMON_FLAGS,
    'output-format': { type: 'string', short: 'o' },
  });
  if (values.help) {
    io.stdout(RENDER_HELP);
    return 0;
  }
  const format = values['output-format'] ?? 'yaml';
  if (format !== 'yaml' && format !== 'json') {
    throw new TollgateError('usage', `-o ${format} is not yaml or json`);
  }
  const options = renderOptionsFrom(values, positionals, io.env);
  options.signal = io.signal;
  const result = await render(options);
  for (const warning of result.warnings) io.stderr(`tollgate: warning: ${warning}\n`);
  const objects = result.resources.map((r) => r.object);
  emitResult(io, format === 'json' ? toJsonLines(objects) : toYamlStream(objects), values.output);
  return 0;
}
