// A directory of plain manifests, read the way Argo CD's directory source reads
// it (reposerver/repository.go findManifests): *.yaml, *.yml and *.json files
// in lexical order, sub-folders only when recursing, include/exclude globs on
// the app-relative path, files marked `+argocd:skip-file-rendering` skipped,
// a combined size limit, symlinks followed only inside the repo root, and YAML
// files that hold no Kubernetes object ignored unless they look like manifests.
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import picomatch from 'picomatch';
import { TollgateError } from '../errors.js';
import { decodeAt, notAnObject, resourcesOf } from '../manifest/parse.js';
import type { KubeObject, Resource } from '../manifest/resource.js';
import { splitYamlStream } from '../manifest/stream.js';
import { displayPath, isInside } from './paths.js';

const MANIFEST_FILE = /\.(yaml|yml|json)$/;
const SKIP_MARKER = '+argocd:skip-file-rendering';
/** tollgate's own settings sit beside manifests but are never applied. */
const TOLLGATE_FILES = new Set(['.tollgate.yaml', '.tollgate.yml']);
/** Argo CD's reposerver.max.combined.directory.manifests.size default (10M). */
export const DEFAULT_MAX_COMBINED_MANIFEST_BYTES = 10_000_000;

export interface DirectoryOptions {
  appDir: string;
  repoRoot: string;
  recurse?: boolean;
  include?: string;
  exclude?: string;
  skipFiles?: string[];
  maxCombinedBytes?: number;
}

interface ManifestFile {
  path: string;
  /** Repo-relative, for reports. */
  display: string;
  size: number;
}

function globMatcher(pattern: string | undefined): ((path: string) => boolean) | undefined {
  if (!pattern) return undefined;
  // Argo CD compiles the pattern without path separators: `*` crosses `/`.
  return picomatch(pattern, { bash: true, dot: true });
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function listManifestFiles(options: DirectoryOptions, warnings: string[]): ManifestFile[] {
  const include = globMatcher(options.include);
  const exclude = globMatcher(options.exclude);
  const skip = new Set(options.skipFiles ?? []);
  const realRoot = realpathSync(options.repoRoot);
  const limit = options.maxCombinedBytes ?? DEFAULT_MAX_COMBINED_MANIFEST_BYTES;
  const files: ManifestFile[] = [];
  let combined = 0;

  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort(byName)) {
      const path = join(dir, name);
      const info = lstatSync(path);
      if (info.isDirectory()) {
        if (options.recurse) walk(path);
        continue;
      }
      if (!MANIFEST_FILE.test(name) || TOLLGATE_FILES.has(name)) continue;
      const relPath = relative(options.appDir, path).split('\\').join('/');
      const display = displayPath(options.repoRoot, path);
      let size = info.size;
      let regular = info.isFile();
      if (info.isSymbolicLink()) {
        let real: string;
        try {
          real = realpathSync(path);
        } catch {
          warnings.push(`skipping ${display}: the target of the symlink is missing`);
          continue;
        }
        if (!isInside(realRoot, real)) {
          throw new TollgateError('path', `symlink ${display} points outside the repository root`, {
            file: display,
            hint: 'Argo CD refuses such symlinks too; copy the file into the repository instead',
          });
        }
        const target = statSync(real);
        size = target.size;
        regular = target.isFile();
      }
      if (!regular) continue;
      if (skip.has(path)) continue;
      if (exclude?.(relPath)) continue;
      if (include && !include(relPath)) continue;
      combined += size;
      if (combined > limit) {
        throw new TollgateError('input', `manifests exceed the ${limit.toLocaleString('en-US')}-byte limit on their combined size (reached at ${display}, ${size.toLocaleString('en-US')} bytes)`, {
          file: display,
          hint: 'Argo CD refuses directories this large too (reposerver.max.combined.directory.manifests.size); split the app or exclude files',
        });
      }
      files.push({ path, display, size });
    }
  };
  walk(options.appDir);
  return files;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** An object Argo CD drops: `items: null` with neither spec nor status. */
function isNullList(value: KubeObject): boolean {
  return !('spec' in value) && !('status' in value) && 'items' in value && value.items === null;
}

function jsonResources(text: string, file: ManifestFile): Resource[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
    throw new TollgateError('input', `invalid JSON: ${message.replace(/^JSON\.parse: /, '')}`, {
      file: file.display,
      line,
      hint: 'a .json manifest holds exactly one JSON object',
    });
  }
  const problem = notAnObject(value);
  if (problem) throw new TollgateError('input', problem, { file: file.display, line: 1 });
  if (isNullList(value as KubeObject)) return [];
  const lines = text.split('\n');
  return resourcesOf(value as KubeObject, { text, startLine: 1, contentLine: 1, contentEndLine: lines.length - (lines.at(-1) === '' ? 1 : 0) }, file.display);
}

function yamlResources(text: string, file: ManifestFile, warnings: string[]): Resource[] {
  const out: Resource[] = [];
  let decoded = 0;
  for (const doc of splitYamlStream(text)) {
    let value: unknown;
    let failure: TollgateError | undefined;
    try {
      value = decodeAt(doc, file.display);
    } catch (error) {
      if (!(error instanceof TollgateError)) throw error;
      failure = error;
    }
    if (!failure) {
      if (value === undefined || value === null) continue;
      const problem = notAnObject(value);
      if (problem) failure = new TollgateError('input', problem, { file: file.display, line: doc.contentLine });
    }
    if (failure) {
      // Argo CD: an error after some objects decoded is the user's mistake; a
      // file with no object at all is an unrelated YAML file unless it looks
      // like a manifest.
      const looksLikeManifest = text.includes('apiVersion:') && text.includes('kind:') && text.includes('metadata:');
      if (decoded > 0 || looksLikeManifest) throw failure;
      warnings.push(`ignoring ${file.display}: not a Kubernetes manifest (${failure.message})`);
      return [];
    }
    decoded++;
    if (isNullList(value as KubeObject)) continue;
    out.push(...resourcesOf(value as KubeObject, doc, file.display));
  }
  return out;
}

export function renderDirectory(options: DirectoryOptions, warnings: string[]): Resource[] {
  const resources: Resource[] = [];
  for (const file of listManifestFiles(options, warnings)) {
    const text = stripBom(readFileSync(file.path, 'utf8'));
    if (text.includes(SKIP_MARKER)) continue;
    resources.push(...(file.path.endsWith('.json') ? jsonResources(text, file) : yamlResources(text, file, warnings)));
  }
  return resources;
}
