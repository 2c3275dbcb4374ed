// What Argo CD hands a config-management plugin, read into one typed request:
// the Application's parameters (ARGOCD_APP_PARAMETERS, else PARAM_*), its
// plugin env (ARGOCD_ENV_TOLLGATE_*), the ARGOCD_APP_* facts and the cluster's
// versions. Admin settings are read apart, from the sidecar's own environment
// only: nothing an Application sets can reach them.
import { basename, dirname, sep } from 'node:path';
import { decodeDocument } from '../manifest/k8s-yaml.js';
import { TollgateError } from '../errors.js';
import { PARAMETERS, paramEnvName, type ParameterAnnouncement } from './parameters.js';

export type ParameterValue = string | string[] | Record<string, string>;

export interface PluginRequest {
  /** The Application's parameters by name, after precedence, validation and defaults left out. */
  parameters: Map<string, ParameterValue>;
  /** ARGOCD_APP_NAME (`<namespace>_<name>` outside the control-plane namespace). */
  appName?: string;
  /** The destination namespace (may be absent). */
  destinationNamespace?: string;
  /** The cluster's version (KUBE_VERSION) and API versions (KUBE_API_VERSIONS), when Argo CD knows them. */
  kubeVersion?: string;
  apiVersions?: string[];
  revision?: string;
  repoURL?: string;
  /** ARGOCD_APP_SOURCE_PATH, normalised: '' for the repository root. */
  sourcePath: string;
  /** Things worth a line on stderr (ignored settings). */
  warnings: string[];
}

export interface AdminSettings {
  /** TOLLGATE_MIN_MODE: an Application asking for less still gets this. */
  minMode: 'annotate' | 'enforce';
  requireAttestation: boolean;
  trustedKey?: string;
  trustedIdentity?: string;
  trustedIssuer?: string;
  /** A sigstore trusted root (file) for keyless identities. */
  trustedRoot?: string;
  adminConfig?: string;
  kustomizeBuildOptions?: string;
  /** Reads attestations from GitHub's API when the repository has no bundle file. */
  githubToken?: string;
  githubApiUrl?: string;
}

const BY_NAME = new Map(PARAMETERS.map((p) => [p.name, p]));

/** Settings only the sidecar's own environment may set; an Application's env names them in vain. */
const ADMIN_ENV = ['MIN_MODE', 'REQUIRE_ATTESTATION', 'TRUSTED_KEY', 'TRUSTED_IDENTITY', 'TRUSTED_ISSUER', 'TRUSTED_ROOT', 'GITHUB_TOKEN', 'GITHUB_API_URL', 'ADMIN_CONFIG', 'KUSTOMIZE_BUILD_OPTIONS', 'NOW', 'EXEC_TIMEOUT', 'HELM', 'KUSTOMIZE', 'DEBUG'];

const known = () => PARAMETERS.map((p) => p.name).join(', ');

function parameterError(message: string): TollgateError {
  return new TollgateError('usage', message, { hint: `the plugin's parameters are ${known()}` });
}

/** ARGOCD_APP_PARAMETERS: Go's JSON of [{name, string?, array?, map?}], or `null` when the plugin block has none. */
function fromParametersJson(text: string): Map<string, ParameterValue> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new TollgateError('input', `ARGOCD_APP_PARAMETERS is not JSON: ${(error as Error).message}`);
  }
  const out = new Map<string, ParameterValue>();
  if (parsed === null) return out;
  if (!Array.isArray(parsed)) throw new TollgateError('input', 'ARGOCD_APP_PARAMETERS is not a JSON array of parameters');
  for (const entry of parsed) {
    const name = (entry as { name?: unknown })?.name;
    if (typeof name !== 'string' || name === '') throw new TollgateError('input', 'ARGOCD_APP_PARAMETERS holds a parameter without a name');
    const spec = BY_NAME.get(name);
    if (!spec) throw parameterError(`unknown plugin parameter ${JSON.stringify(name)}`);
    if (out.has(name)) throw parameterError(`plugin parameter ${name} is given twice`);
    const { string, array, map } = entry as { string?: unknown; array?: unknown; map?: unknown };
    const value = spec.collectionType === 'string' ? string : spec.collectionType === 'array' ? array : map;
    const wrong = spec.collectionType !== 'string' && string !== undefined ? 'string' : spec.collectionType !== 'array' && array !== undefined ? 'array' : spec.collectionType !== 'map' && map !== undefined ? 'map' : undefined;
    if (wrong) throw parameterError(`plugin parameter ${name} takes ${article(spec.collectionType)}, not ${article(wrong)}`);
    if (value === undefined) continue;
    out.set(name, checkedShape(spec, value));
  }
  return out;
}

const article = (type: string) => (type === 'array' ? 'an array' : `a ${type}`);

function checkedShape(spec: ParameterAnnouncement, value: unknown): ParameterValue {
  const bad = () => parameterError(`plugin parameter ${spec.name} takes ${article(spec.collectionType)} of strings`);
  switch (spec.collectionType) {
    case 'string':
      if (typeof value !== 'string') throw bad();
      return value;
    case 'array':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw bad();
      return value as string[];
    case 'map':
      if (!value || typeof value !== 'object' || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string')) throw bad();
      return { ...(value as Record<string, string>) };
  }
}

/**
 * PARAM_* variables, for a plugin run without ARGOCD_APP_PARAMETERS. Strings and
 * arrays survive Argo CD's escaping of names; a map's keys do not (case and dots
 * are lost), so a map parameter there is an error rather than a guess.
 */
function fromParamEnv(env: NodeJS.ProcessEnv): Map<string, ParameterValue> {
  const out = new Map<string, ParameterValue>();
  for (const spec of PARAMETERS) {
    const base = paramEnvName(spec.name);
    if (spec.collectionType === 'string') {
      if (env[base] !== undefined) out.set(spec.name, env[base]!);
    } else if (spec.collectionType === 'array') {
      const items: string[] = [];
      for (let i = 0; env[`${base}_${i}`] !== undefined; i++) items.push(env[`${base}_${i}`]!);
      if (items.length) out.set(spec.name, items);
    } else if (Object.keys(env).some((key) => key.startsWith(`${base}_`))) {
      throw new TollgateError('input', `map parameter ${spec.name} arrived only as ${base}_* variables, whose names lose the keys' case and dots`, {
        hint: 'run the plugin from Argo CD 2.6 or later, which also sends ARGOCD_APP_PARAMETERS',
      });
    }
  }
  return out;
}

/** ARGOCD_ENV_TOLLGATE_<NAME> (an Application's plugin env): string and comma-separated array parameters. */
function fromPluginEnv(env: NodeJS.ProcessEnv, warnings: string[]): Map<string, ParameterValue> {
  const out = new Map<string, ParameterValue>();
  const byEnvName = new Map(PARAMETERS.map((p) => [p.name.toUpperCase().replace(/[^A-Z0-9]/g, '_'), p]));
  for (const [key, value] of Object.entries(env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!key.startsWith('ARGOCD_ENV_TOLLGATE_') || value === undefined || value === '') continue;
    const name = key.slice('ARGOCD_ENV_TOLLGATE_'.length);
    if (ADMIN_ENV.includes(name)) {
      warnings.push(`${key} is ignored: TOLLGATE_${name} is an admin setting, read only from the sidecar's environment`);
      continue;
    }
    const spec = byEnvName.get(name);
    if (!spec || spec.collectionType === 'map') {
      warnings.push(`${key} is ignored: ${spec ? `${spec.name} is a map; give it as a plugin parameter` : 'no such setting'}`);
      continue;
    }
    out.set(spec.name, spec.collectionType === 'array' ? value.split(',').map((v) => v.trim()).filter(Boolean) : value);
  }
  return out;
}

function validate(parameters: Map<string, ParameterValue>): void {
  for (const [name, value] of parameters) {
    const spec = BY_NAME.get(name)!;
    if (typeof value !== 'string') continue;
    if (spec.enum && !spec.enum.includes(value)) throw parameterError(`plugin parameter ${name}=${JSON.stringify(value)} is not one of ${spec.enum.join(', ')}`);
    if (spec.boolean && value !== 'true' && value !== 'false') throw parameterError(`plugin parameter ${name}=${JSON.stringify(value)} is not true or false`);
  }
  const values = parameters.get('values');
  if (typeof values === 'string') {
    // Decoded as Helm will read it (Kubernetes YAML semantics), never echoing the text: values may hold secrets.
    let parsed: unknown;
    try {
      parsed = decodeDocument(values);
    } catch (error) {
      throw parameterError(`plugin parameter values is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
    if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) throw parameterError('plugin parameter values must be a YAML mapping of Helm values');
  }
}

const nonEmpty = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/** Reads the request Argo CD made. Parameters win over the Application's plugin env; empty values count as unset. */
export function readPluginRequest(env: NodeJS.ProcessEnv): PluginRequest {
  const warnings: string[] = [];
  const fromEnv = fromPluginEnv(env, warnings);
  const json = env.ARGOCD_APP_PARAMETERS;
  const given = json !== undefined && json !== '' ? fromParametersJson(json) : fromParamEnv(env);
  const parameters = new Map(fromEnv);
  for (const [name, value] of given) {
    if (value === '') parameters.delete(name);
    else parameters.set(name, value);
  }
  validate(parameters);
  const apiVersions = nonEmpty(env.KUBE_API_VERSIONS)?.split(',').map((v) => v.trim()).filter(Boolean);
  return {
    parameters,
    appName: nonEmpty(env.ARGOCD_APP_NAME),
    destinationNamespace: nonEmpty(env.ARGOCD_APP_NAMESPACE),
    kubeVersion: nonEmpty(env.KUBE_VERSION),
    apiVersions: apiVersions?.length ? apiVersions : undefined,
    revision: nonEmpty(env.ARGOCD_APP_REVISION),
    repoURL: nonEmpty(env.ARGOCD_APP_SOURCE_REPO_URL),
    sourcePath: normaliseSourcePath(env.ARGOCD_APP_SOURCE_PATH),
    warnings,
  };
}

function normaliseSourcePath(path: string | undefined): string {
  const parts = (path ?? '').split('/').filter((p) => p !== '' && p !== '.');
  return parts.join('/');
}

/**
 * The repository root inside the sidecar: the app directory with the source
 * path taken off its end (tarballs often leave `.git` out), else the
 * `_cmp_server/<uuid>` folder Argo CD unpacked the repository into.
 */
export function pluginRepoRoot(appDir: string, sourcePath: string): string | undefined {
  if (sourcePath === '') return isCmpWorkDir(appDir) ? appDir : undefined;
  const suffix = sep + sourcePath.split('/').join(sep);
  if (appDir.endsWith(suffix)) return appDir.slice(0, -suffix.length) || sep;
  for (let dir = appDir; dirname(dir) !== dir; dir = dirname(dir)) if (isCmpWorkDir(dir)) return dir;
  return undefined;
}

const isCmpWorkDir = (dir: string) => basename(dirname(dir)) === '_cmp_server';

/** Admin settings, from the sidecar's environment; a value tollgate cannot read fails closed. */
export function readAdminSettings(env: NodeJS.ProcessEnv): AdminSettings {
  const minMode = nonEmpty(env.TOLLGATE_MIN_MODE) ?? 'annotate';
  if (minMode !== 'annotate' && minMode !== 'enforce') {
    throw new TollgateError('config', `TOLLGATE_MIN_MODE=${minMode} is not annotate or enforce`, { hint: "fix the sidecar's environment; tollgate refuses to guess an admin setting" });
  }
  const require = nonEmpty(env.TOLLGATE_REQUIRE_ATTESTATION) ?? 'false';
  if (require !== 'true' && require !== 'false') {
    throw new TollgateError('config', `TOLLGATE_REQUIRE_ATTESTATION=${require} is not true or false`, { hint: "fix the sidecar's environment; tollgate refuses to guess an admin setting" });
  }
  return {
    minMode,
    requireAttestation: require === 'true',
    trustedKey: nonEmpty(env.TOLLGATE_TRUSTED_KEY),
    trustedIdentity: nonEmpty(env.TOLLGATE_TRUSTED_IDENTITY),
    trustedIssuer: nonEmpty(env.TOLLGATE_TRUSTED_ISSUER),
    trustedRoot: nonEmpty(env.TOLLGATE_TRUSTED_ROOT),
    adminConfig: nonEmpty(env.TOLLGATE_ADMIN_CONFIG),
    kustomizeBuildOptions: nonEmpty(env.TOLLGATE_KUSTOMIZE_BUILD_OPTIONS),
    githubToken: nonEmpty(env.TOLLGATE_GITHUB_TOKEN),
    githubApiUrl: nonEmpty(env.TOLLGATE_GITHUB_API_URL),
  };
}
