// Flag parsing for every command: node's own parseArgs, strict, with errors
// turned into usage errors that name the flag.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TollgateError } from '../errors.js';
import type { RenderOptions, RendererKind } from '../render/index.js';
import type { AnalyzeOptions } from '../analyze.js';
import { PRICE_PROFILES, type PriceProfile } from '../cost/prices.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export const SOURCE_FLAGS = {
  renderer: { type: 'string' },
  namespace: { type: 'string', short: 'n' },
  release: { type: 'string' },
  values: { type: 'string', short: 'f', multiple: true },
  set: { type: 'string', multiple: true },
  recurse: { type: 'boolean' },
  include: { type: 'string' },
  exclude: { type: 'string' },
  'kube-version': { type: 'string' },
  'api-versions': { type: 'string', multiple: true },
  'repo-root': { type: 'string' },
  'skip-crds': { type: 'boolean' },
  'kustomize-build-options': { type: 'string' },
  'no-dependency-build': { type: 'boolean' },
} as const satisfies Options;

export const ANALYSIS_FLAGS = {
  config: { type: 'string' },
  prices: { type: 'string' },
  'price-profile': { type: 'string' },
  'scan-results': { type: 'string', multiple: true },
} as const satisfies Options;

export const COMMON_FLAGS = {
  help: { type: 'boolean', short: 'h' },
  output: { type: 'string' },
} as const satisfies Options;

export function parseCommandArgs<T extends Options>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new TollgateError('usage', message, { hint: `see \`tollgate ${command} --help\`` });
  }
}

const RENDERERS = ['auto', 'directory', 'kustomize', 'helm'];
const SET_PAIR = /^[^=]+=/;
const KUBE_VERSION = /^v?\d+\.\d+(\.\d+)?([-+].*)?$/;

/** Splits a build-options string the way Argo CD does (on white space, no shell quoting). */
export function splitBuildOptions(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value.split(/\s+/).filter(Boolean);
}

export function renderOptionsFrom(values: Record<string, unknown>, positionals: string[], env: NodeJS.ProcessEnv): RenderOptions {
  if (positionals.length > 1) {
    throw new TollgateError('usage', `expected one app path, got ${positionals.length}: ${positionals.join(' ')}`);
  }
  const renderer = (values.renderer as string | undefined) ?? 'auto';
  if (!RENDERERS.includes(renderer)) {
    throw new TollgateError('usage', `--renderer ${renderer} is not one of ${RENDERERS.join(', ')}`);
  }
  const set = (values.set as string[] | undefined) ?? [];
  for (const pair of set) {
    if (!SET_PAIR.test(pair)) throw new TollgateError('usage', `--set ${JSON.stringify(pair)} is not key=value`);
  }
  const kubeVersion = values['kube-version'] as string | undefined;
  if (kubeVersion !== undefined && !KUBE_VERSION.test(kubeVersion)) {
    throw new TollgateError('usage', `--kube-version ${JSON.stringify(kubeVersion)} is not a Kubernetes version like 1.32.0`);
  }
  const apiVersions = ((values['api-versions'] as string[] | undefined) ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return {
    path: positionals[0] ?? '.',
    repoRoot: values['repo-root'] as string | undefined,
    renderer: renderer as RendererKind | 'auto',
    namespace: values.namespace as string | undefined,
    release: values.release as string | undefined,
    valuesFiles: values.values as string[] | undefined,
    set,
    recurse: Boolean(values.recurse),
    include: values.include as string | undefined,
    exclude: values.exclude as string | undefined,
    kubeVersion,
    apiVersions,
    skipCrds: Boolean(values['skip-crds']),
    kustomizeBuildOptions: splitBuildOptions((values['kustomize-build-options'] as string | undefined) ?? env.TOLLGATE_KUSTOMIZE_BUILD_OPTIONS),
    dependencyBuild: !values['no-dependency-build'],
    appName: env.ARGOCD_APP_NAME || undefined,
    env,
  };
}

export function analyzeOptionsFrom(values: Record<string, unknown>, positionals: string[], io: { env: NodeJS.ProcessEnv; cwd: string; signal?: AbortSignal }): AnalyzeOptions {
  const profile = values['price-profile'] as string | undefined;
  if (profile !== undefined && !PRICE_PROFILES.includes(profile as PriceProfile)) {
    throw new TollgateError('usage', `--price-profile ${profile} is not one of ${PRICE_PROFILES.join(', ')}`);
  }
  if (values.base !== undefined && values['base-ref'] !== undefined) throw new TollgateError('usage', '--base and --base-ref are alternatives; give one');
  return {
    ...renderOptionsFrom(values, positionals, io.env),
    configFile: values.config as string | undefined,
    pricesFile: values.prices as string | undefined,
    priceProfile: profile as PriceProfile | undefined,
    scanResults: values['scan-results'] as string[] | undefined,
    basePath: values.base as string | undefined,
    baseRef: values['base-ref'] as string | undefined,
    cwd: io.cwd,
    signal: io.signal,
  };
}
