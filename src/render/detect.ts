// Argo CD's source type detection (util/app/discovery): a file ending in
// `Chart.yaml` in the app directory means Helm, a kustomization means
// Kustomize; names are visited in lexical order and the last match wins, so
// Kustomize wins when both exist. Anything else is a directory of manifests.
import { readdirSync } from 'node:fs';
import type { RendererKind } from './options.js';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export function detectRenderer(appDir: string): RendererKind {
  let found: RendererKind = 'directory';
  let sawHelm = false;
  let sawKustomize = false;
  for (const entry of readdirSync(appDir, { withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    if (entry.name.endsWith('Chart.yaml')) sawHelm = true;
    if (KUSTOMIZATION_FILES.includes(entry.name)) sawKustomize = true;
  }
  if (sawHelm) found = 'helm';
  if (sawKustomize) found = 'kustomize';
  return found;
}
