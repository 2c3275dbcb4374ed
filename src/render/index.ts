// render(): an app's source → the resources Argo CD would apply, each with its
// source location. Detection, boundaries and the three renderers live here.
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { TollgateError } from '../errors.js';
import { detectRenderer } from './detect.js';
import { renderDirectory } from './directory.js';
import { renderHelm } from './helm.js';
import { renderKustomize } from './kustomize.js';
import type { RenderInputs, RenderOptions, RenderResult } from './options.js';
import { displayPath, findRepoRoot, realPathInside } from './paths.js';

export type { RenderInputs, RenderOptions, RenderResult, RendererKind } from './options.js';

/** The app directory and the repo root around it, both real paths; errors for a missing or escaping path. */
export function locateApp(path: string, repoRoot?: string): { appDir: string; repoRoot: string } {
  const requested = resolve(path);
  let info;
  try {
    info = statSync(requested);
  } catch {
    throw new TollgateError('usage', `app path ${path} does not exist`);
  }
  if (!info.isDirectory()) {
    throw new TollgateError('usage', `app path ${path} is not a directory`, { hint: 'give the directory that holds the manifests, kustomization or Chart.yaml' });
  }
  let root: string;
  try {
    root = realpathSync(resolve(repoRoot ?? findRepoRoot(requested)));
  } catch {
    throw new TollgateError('usage', `--repo-root ${repoRoot} does not exist`);
  }
  return { appDir: realPathInside(root, requested, 'app path', path), repoRoot: root };
}

export async function render(options: RenderOptions): Promise<RenderResult> {
  const { appDir, repoRoot } = locateApp(options.path, options.repoRoot);
  const renderer = !options.renderer || options.renderer === 'auto' ? detectRenderer(appDir) : options.renderer;
  const warnings: string[] = [];
  // Only what can change this renderer's output: namespace and versions reach Helm templates alone.
  const inputs: RenderInputs = { renderer };
  const base = { renderer, appPath: displayPath(repoRoot, appDir), repoRoot, warnings, inputs } as const;
  switch (renderer) {
    case 'directory':
      Object.assign(inputs, { recurse: Boolean(options.recurse), ...(options.include ? { include: options.include } : {}), ...(options.exclude ? { exclude: options.exclude } : {}) });
      return {
        ...base,
        resources: renderDirectory(
          { appDir, repoRoot, recurse: options.recurse, include: options.include, exclude: options.exclude, skipFiles: options.skipFiles },
          warnings,
        ),
      };
    case 'kustomize':
      if (options.kustomize && Object.values(options.kustomize).some((v) => v !== undefined)) inputs.kustomize = JSON.parse(JSON.stringify(options.kustomize));
      if (options.kustomizeBuildOptions?.length) inputs.kustomizeBuildOptions = [...options.kustomizeBuildOptions];
      return { ...base, resources: await renderKustomize(appDir, repoRoot, options) };
    case 'helm': {
      const { resources, chart, release, valuesFiles } = await renderHelm(appDir, repoRoot, options);
      Object.assign(inputs, {
        releaseName: release,
        ...(options.namespace ? { namespace: options.namespace } : {}),
        ...(options.kubeVersion ? { kubeVersion: options.kubeVersion } : {}),
        ...(options.apiVersions?.length ? { apiVersions: [...options.apiVersions] } : {}),
        valuesFiles,
        setKeys: (options.set ?? []).map((pair) => pair.slice(0, pair.indexOf('='))),
      });
      return { ...base, resources, chart: { name: chart.name, version: chart.version } };
    }
    default:
      throw new TollgateError('usage', `unknown renderer ${JSON.stringify(renderer)}`, { hint: 'use auto, directory, kustomize or helm' });
  }
}
