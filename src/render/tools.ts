// Finds the renderer binaries. Overrides first (TOLLGATE_HELM,
// TOLLGATE_KUSTOMIZE), then PATH. kustomize falls back to `kubectl kustomize`,
// which embeds the same kustomize.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { TollgateError } from '../errors.js';

export interface Tool {
  /** Absolute path (or the override as given). */
  binary: string;
  /** Arguments that come before the tool's own (`kustomize` for kubectl). */
  prefixArgs: string[];
  display: string;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function override(variable: string, env: NodeJS.ProcessEnv): string | undefined {
  const value = env[variable];
  if (!value) return undefined;
  const resolved = isAbsolute(value) ? value : findOnPath(value, env);
  if (!resolved || !isExecutable(resolved)) {
    throw new TollgateError('tool-missing', `${variable}=${value} is not an executable file`, {
      hint: `point ${variable} at the binary, or unset it to use the one on PATH`,
    });
  }
  return resolved;
}

export function findHelm(env: NodeJS.ProcessEnv = process.env): Tool {
  const binary = override('TOLLGATE_HELM', env) ?? findOnPath('helm', env);
  if (!binary) {
    throw new TollgateError('tool-missing', 'helm was not found on PATH; it is needed to render Helm charts', {
      hint: 'install Helm 3 (https://helm.sh/docs/intro/install/) or set TOLLGATE_HELM to the helm binary',
    });
  }
  return { binary, prefixArgs: [], display: 'helm' };
}

export function findKustomize(env: NodeJS.ProcessEnv = process.env): Tool {
  const explicit = override('TOLLGATE_KUSTOMIZE', env);
  if (explicit) return { binary: explicit, prefixArgs: explicit.endsWith('kubectl') ? ['kustomize'] : ['build'], display: 'kustomize build' };
  const kustomize = findOnPath('kustomize', env);
  if (kustomize) return { binary: kustomize, prefixArgs: ['build'], display: 'kustomize build' };
  const kubectl = findOnPath('kubectl', env);
  if (kubectl) return { binary: kubectl, prefixArgs: ['kustomize'], display: 'kubectl kustomize' };
  throw new TollgateError('tool-missing', 'neither kustomize nor kubectl was found on PATH; one is needed to render Kustomize apps', {
    hint: 'install kustomize (https://kubectl.docs.kubernetes.io/installation/kustomize/) or kubectl, or set TOLLGATE_KUSTOMIZE to the binary',
  });
}
