// render(): an app's source → the resources Argo CD would apply, each with its
// source location. Detection, boundaries and the three renderers live here.
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { TollgateError } from '../errors.js';
import { detectRenderer } from './detect.js';
import { renderDirectory } from './directory.js';
import { renderHelm } from './helm.js';
import { renderKustomize } from './kustomize.js';
import type { RenderOptions, RenderResult } from './options.js';
import { displayPath, findRepoRoot, realPathInside } from './paths.js';

export type { RenderOptions, RenderResult, RendererKind } from './options.js';

export async function render(options: RenderOptions): Promise<RenderResult> {
  const requested = resolve(options.path);
  let info;
  try {
    info = statSync(requested);
  } catch {
    throw new TollgateError('usage', `app path ${options.path} does not exist`);
  }
  if (!info.isDirectory()) {
    throw new TollgateError('usage', `app path ${options.path} is not a directory`, { hint: 'give the directory that holds the manifests, kustomization or Chart.yaml' });
  }
  const repoRoot = realpathSync(resolve(options.repoRoot ?? findRepoRoot(requested)));
  const appDir = realPathInside(repoRoot, requested, 'app path', options.path);
  const renderer = !options.renderer || options.renderer === 'auto' ? detectRenderer(appDir) : options.renderer;
  const warnings: string[] = [];
  const base = { renderer, appPath: displayPath(repoRoot, appDir), repoRoot, warnings } as const;
  switch (renderer) {
    case 'directory':
      return {
        ...base,
        resources: renderDirectory(
          { appDir, repoRoot, recurse: options.recurse, include: options.include, exclude: options.exclude, skipFiles: options.skipFiles },
          warnings,
        ),
      };
    case 'kustomize':
      return { ...base, resources: await renderKustomize(appDir, repoRoot, options) };
    case 'helm': {
      const { resources, chart } = await renderHelm(appDir, repoRoot, options);
      return { ...base, resources, chart: { name: chart.name, version: chart.version } };
    }
    default:
      throw new TollgateError('usage', `unknown renderer ${JSON.stringify(renderer)}`, { hint: 'use auto, directory, kustomize or helm' });
  }
}
