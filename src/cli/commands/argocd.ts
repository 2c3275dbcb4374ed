// `tollgate argocd generate|parameters`: the Argo CD config-management plugin.
// generate renders the app in the current directory as Argo CD asked (its
// env), gates it, and prints the annotated stream; Argo CD applies what it
// prints, so any failure prints nothing on stdout and exits non-zero.
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeApp, type AnalyzeOptions } from '../../analyze.js';
import { announcements } from '../../argocd/parameters.js';
import { pluginRepoRoot, readAdminSettings, readPluginRequest, type AdminSettings, type PluginRequest } from '../../argocd/request.js';
import { annotate, enrichmentFor, type AnnotationMode } from '../../enrich/annotate.js';
import { TollgateError } from '../../errors.js';
import { toYamlStream } from '../../manifest/emit.js';
import { realPathInside } from '../../render/paths.js';
import type { RendererKind } from '../../render/index.js';
import { splitBuildOptions } from '../args.js';
import type { CliIO } from '../io.js';
import { enforceMessage } from './render.js';

export const ARGOCD_HELP = `Usage: tollgate argocd generate | tollgate argocd parameters

The Argo CD config-management plugin (see plugin/ and the README).

  generate     render the app in the current directory from Argo CD's environment
               (ARGOCD_APP_*, ARGOCD_APP_PARAMETERS or PARAM_*, ARGOCD_ENV_TOLLGATE_*,
               KUBE_VERSION, KUBE_API_VERSIONS) and print the annotated resources;
               in enforce mode a failing gate exits 1 with nothing on stdout
  parameters   print the plugin's parameter announcements as a JSON array

Admin settings come only from the sidecar's own environment: TOLLGATE_MIN_MODE,
TOLLGATE_REQUIRE_ATTESTATION, TOLLGATE_TRUSTED_KEY, TOLLGATE_TRUSTED_IDENTITY,
TOLLGATE_TRUSTED_ISSUER, TOLLGATE_ADMIN_CONFIG, TOLLGATE_KUSTOMIZE_BUILD_OPTIONS.

Exit status: 0 rendered, 1 refused by enforce mode, 2 parameter, config, input or
render error, 3 attestation required and missing or invalid.
`;

export async function argocdCommand(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    (sub === undefined ? io.stderr : io.stdout)(ARGOCD_HELP);
    return sub === undefined ? 2 : 0;
  }
  if (rest.length) throw new TollgateError('usage', `tollgate argocd ${sub} takes no arguments; Argo CD passes everything in the environment`);
  if (sub === 'parameters') {
    io.stdout(`${JSON.stringify(announcements())}\n`);
    return 0;
  }
  if (sub === 'generate') return generate(io);
  throw new TollgateError('usage', `unknown argocd command ${JSON.stringify(sub)}`, { hint: 'use tollgate argocd generate or tollgate argocd parameters' });
}

const string = (request: PluginRequest, name: string) => request.parameters.get(name) as string | undefined;
const array = (request: PluginRequest, name: string) => request.parameters.get(name) as string[] | undefined;
const map = (request: PluginRequest, name: string) => request.parameters.get(name) as Record<string, string> | undefined;

/**
 * The sidecar runs as uid 999, usually without a home: helm's cache, config
 * and data directories go under the temp dir unless the sidecar sets them.
 */
function toolEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const base = join(tmpdir(), 'tollgate-helm');
  const home = env.HOME && env.HOME !== '/' ? env.HOME : tmpdir();
  return {
    ...env,
    HOME: home,
    HELM_CACHE_HOME: env.HELM_CACHE_HOME || join(base, 'cache'),
    HELM_CONFIG_HOME: env.HELM_CONFIG_HOME || join(base, 'config'),
    HELM_DATA_HOME: env.HELM_DATA_HOME || join(base, 'data'),
  };
}

/** The request as the options every front door of tollgate renders and analyses with. */
export function analyzeOptionsForPlugin(request: PluginRequest, admin: AdminSettings, appDir: string, env: NodeJS.ProcessEnv, signal?: AbortSignal): AnalyzeOptions {
  const repoRoot = pluginRepoRoot(appDir, request.sourcePath);
  const config = string(request, 'config');
  const apiVersions = string(request, 'api-versions')?.split(',').map((v) => v.trim()).filter(Boolean);
  const helmParameters = map(request, 'helm-parameters') ?? {};
  const labels = map(request, 'kustomize-common-labels');
  return {
    path: appDir,
    repoRoot,
    renderer: (string(request, 'renderer') ?? 'auto') as RendererKind | 'auto',
    release: string(request, 'release-name'),
    appName: request.appName,
    namespace: string(request, 'namespace'),
    valuesFiles: array(request, 'values-files'),
    valuesBase: appDir,
    inlineValues: string(request, 'values'),
    set: Object.keys(helmParameters)
      .sort()
      .map((key) => `${key}=${helmParameters[key]}`),
    skipCrds: string(request, 'skip-crds') === 'true',
    kubeVersion: string(request, 'kube-version'),
    apiVersions,
    recurse: string(request, 'recurse') === 'true',
    include: string(request, 'include'),
    exclude: string(request, 'exclude'),
    kustomize: {
      images: array(request, 'kustomize-images'),
      namePrefix: string(request, 'kustomize-name-prefix'),
      nameSuffix: string(request, 'kustomize-name-suffix'),
      namespace: string(request, 'kustomize-namespace'),
      commonLabels: labels,
      components: array(request, 'kustomize-components'),
    },
    cluster: { namespace: request.destinationNamespace, kubeVersion: request.kubeVersion, apiVersions: request.apiVersions },
    kustomizeBuildOptions: splitBuildOptions(admin.kustomizeBuildOptions),
    dependencyBuild: true,
    configFile: config === undefined ? undefined : realPathInside(repoRoot ?? appDir, resolve(appDir, config), 'config file', config),
    cwd: appDir,
    env: toolEnv(env),
    signal,
  };
}

async function generate(io: CliIO): Promise<number> {
  const admin = readAdminSettings(io.env);
  const request = readPluginRequest(io.env);
  for (const warning of request.warnings) io.stderr(`tollgate: warning: ${warning}\n`);
  const requested = string(request, 'mode') ?? 'annotate';
  // The sidecar's floor wins: an Application cannot ask its way out of enforcement.
  const mode = admin.minMode === 'enforce' ? 'enforce' : requested;
  const annotations = (string(request, 'annotations') ?? 'all') as AnnotationMode;
  const analysis = await analyzeApp(analyzeOptionsForPlugin(request, admin, io.cwd, io.env, io.signal));
  // An Application may ask for an attestation check; the sidecar may require it of every app.
  if (admin.requireAttestation || string(request, 'require-attestation') === 'true') {
    const { requireAttestation } = await import('../../argocd/attestation.js');
    await requireAttestation(analysis, admin, request.repoURL, io.signal);
  }
  if (mode === 'enforce' && analysis.verdict === 'fail') {
    io.stderr(enforceMessage(analysis));
    return 1;
  }
  for (const [object, added] of enrichmentFor(analysis, annotations)) annotate(object, added);
  io.stdout(toYamlStream(analysis.head.render.resources.map((r) => r.object)));
  return 0;
}

