// Kustomize apps through the real kustomize (or `kubectl kustomize`). Source
// files are found without touching the user's tree: a wrapper kustomization in
// a temp dir includes the app by relative path with
// `buildMetadata: [originAnnotations]`, so kustomize stamps each resource with
// the file it came from; tollgate removes that stamp again and finds the
// document and field lines itself (patches included, see kustomize-tree.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { TollgateError } from '../errors.js';
import { defineLazy } from '../lazy.js';
import { decodeDocument } from '../manifest/k8s-yaml.js';
import { DocumentLines } from '../manifest/locate.js';
import { DocumentLocator, expandLists, parseManifestStream } from '../manifest/parse.js';
import type { KubeObject, Locator, Resource, SourceLine } from '../manifest/resource.js';
import { splitYamlStream } from '../manifest/stream.js';
import { execTimeoutMs, runTool } from './exec.js';
import { fieldSetters, readKustomizationTree, type FieldSetter, type Kustomization } from './kustomize-tree.js';
import type { KustomizeEdits, RenderOptions } from './options.js';
import { displayPath, isInside, realPathInside } from './paths.js';
import { findKustomize } from './tools.js';

const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';

interface Origin {
  path?: string;
  configuredIn?: string;
}

/** Removes kustomize's origin annotation (and an annotations map it leaves empty). */
function takeOrigin(object: KubeObject): Origin | undefined {
  const annotations = object.metadata?.annotations;
  const raw = annotations?.[ORIGIN_ANNOTATION];
  if (raw === undefined || !annotations || !object.metadata) return undefined;
  delete annotations[ORIGIN_ANNOTATION];
  if (Object.keys(annotations).length === 0) delete object.metadata.annotations;
  try {
    return (decodeDocument(raw) ?? {}) as Origin;
  } catch {
    return undefined;
  }
}

interface SourceDocument {
  object: KubeObject;
  lines: DocumentLines;
  prefix: string;
  line: number;
  endLine: number;
}

/** Parsed source files, shared by the resources of one render. */
class SourceFiles {
  private readonly docs = new Map<string, SourceDocument[]>();

  documents(absolute: string): SourceDocument[] {
    let docs = this.docs.get(absolute);
    if (docs) return docs;
    docs = [];
    try {
      for (const doc of splitYamlStream(readFileSync(absolute, 'utf8'))) {
        const value = decodeDocument(doc.text);
        if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
        const lines = new DocumentLines(doc.text, doc.startLine);
        for (const { object, prefix } of expandLists(value as KubeObject)) {
          const line = prefix ? lines.lineOf(prefix)?.line ?? doc.contentLine : doc.contentLine;
          docs.push({ object, lines, prefix, line, endLine: doc.contentEndLine });
        }
      }
    } catch {
      // kustomize read it; if tollgate cannot, the resource keeps the file without lines
    }
    this.docs.set(absolute, docs);
    return docs;
  }
}

/** The source document of a built resource: same kind, and a name the built name contains. */
function matchDocument<T extends { object: KubeObject }>(docs: T[], built: KubeObject): T | undefined {
  const sameKind = docs.filter((d) => d.object.kind === built.kind);
  const name = built.metadata?.name ?? '';
  const exact = sameKind.find((d) => d.object.metadata?.name === name);
  if (exact) return exact;
  const containing = sameKind
    .filter((d) => d.object.metadata?.name && name.includes(d.object.metadata.name))
    .sort((a, b) => (b.object.metadata!.name!.length - a.object.metadata!.name!.length));
  return containing[0] ?? (sameKind.length === 1 ? sameKind[0] : undefined);
}

class KustomizeLocator implements Locator {
  constructor(
    private readonly object: KubeObject,
    private readonly setters: () => FieldSetter[],
    private readonly base: () => Locator | undefined,
  ) {}

  locate(pointer: string): SourceLine | undefined {
    for (const setter of this.setters()) {
      if (!setter.matches(this.object)) continue;
      const line = setter.lineFor(pointer, this.object);
      if (line) return line;
    }
    return this.base()?.locate(pointer);
  }
}

class FixedLocator implements Locator {
  constructor(private readonly at: SourceLine) {}
  locate(): SourceLine {
    return this.at;
  }
}

function generatorLine(k: Kustomization | undefined, built: KubeObject): number | undefined {
  if (!k) return undefined;
  const name = built.metadata?.name ?? '';
  let best: { line: number; length: number } | undefined;
  for (const key of ['configMapGenerator', 'secretGenerator']) {
    const list = k.spec[key];
    if (!Array.isArray(list)) continue;
    list.forEach((entry, i) => {
      const generated = (entry as Record<string, unknown>)?.name;
      if (typeof generated !== 'string' || !name.includes(generated)) return;
      if (best && best.length >= generated.length) return;
      const found = k.lines.lineOf(`/${key}/${i}`);
      if (found) best = { line: found.line, length: generated.length };
    });
  }
  return best?.line;
}

/**
 * Argo CD's Kustomize options as fields of the wrapper kustomization, so the
 * user's files stay untouched. Components listed here apply on top of the
 * app's build (Argo CD adds them to the app's own kustomization).
 */
function wrapperEdits(edits: KustomizeEdits | undefined, appDir: string, repoRoot: string, wrapper: string): Record<string, unknown> {
  if (!edits) return {};
  const out: Record<string, unknown> = {};
  if (edits.images?.length) out.images = edits.images.map(imageEdit);
  if (edits.namePrefix) out.namePrefix = edits.namePrefix;
  if (edits.nameSuffix) out.nameSuffix = edits.nameSuffix;
  if (edits.namespace) out.namespace = edits.namespace;
  if (edits.commonLabels && Object.keys(edits.commonLabels).length) {
    out.labels = [{ pairs: edits.commonLabels, includeSelectors: true }];
  }
  if (edits.components?.length) {
    out.components = edits.components.map((component) => relative(wrapper, realPathInside(repoRoot, resolve(appDir, component), 'kustomize component', component)));
  }
  return out;
}

/** `kustomize edit set image` arguments: `name=new:tag`, `name=new@digest`, `name:tag`, `name@digest`, `name=new`. */
export function imageEdit(argument: string): { name: string; newName?: string; newTag?: string; digest?: string } {
  const equals = argument.indexOf('=');
  const name = equals >= 0 ? argument.slice(0, equals) : undefined;
  let rest = equals >= 0 ? argument.slice(equals + 1) : argument;
  let digest: string | undefined;
  let tag: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  if (rest === '' || name === '' || tag === '' || digest === '' || /\s/.test(argument)) {
    throw new TollgateError('usage', `kustomize image ${JSON.stringify(argument)} is not name=new:tag, name:tag or name@digest`);
  }
  return {
    name: name ?? rest,
    ...(name !== undefined && rest !== name ? { newName: rest } : {}),
    ...(tag !== undefined ? { newTag: tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

export async function renderKustomize(appDir: string, repoRoot: string, options: RenderOptions): Promise<Resource[]> {
  const tree = readKustomizationTree(appDir, repoRoot); // refuses references out of the repo before kustomize follows them
  const tool = findKustomize(options.env);
  const display = displayPath(repoRoot, appDir);
  const wrapper = mkdtempSync(join(tmpdir(), 'tollgate-kustomize-'));
  let result;
  try {
    // kustomize refuses absolute resource paths; a relative one from the temp dir works.
    const spec = {
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: [relative(wrapper, resolve(appDir))],
      buildMetadata: ['originAnnotations'],
      ...wrapperEdits(options.kustomize, appDir, repoRoot, wrapper),
    };
    writeFileSync(join(wrapper, 'kustomization.yaml'), JSON.stringify(spec));
    result = await runTool(tool.binary, [...tool.prefixArgs, wrapper, ...(options.kustomizeBuildOptions ?? [])], {
      timeoutMs: execTimeoutMs(options.env),
      env: options.env ?? process.env,
      signal: options.signal,
      display: tool.display,
    });
    if (result.exitCode !== 0) {
      const message = result.stderr.trim().replace(/^Error: /, '').split(wrapper).join('<app>').split('\n').slice(0, 6).join(' ');
      throw new TollgateError('render', `${tool.display} failed for ${display}: ${message || `exit status ${result.exitCode}`}`, {
        file: tree[0]?.display,
      });
    }
  } finally {
    rmSync(wrapper, { recursive: true, force: true });
  }

  const resources = parseManifestStream(result.stdout, `${display} (${tool.display})`);
  const files = new SourceFiles();
  let setters: FieldSetter[] | undefined;
  const allSetters = () => (setters ??= fieldSetters(tree, repoRoot));
  const byFile = new Map(tree.map((k) => [k.file, k]));
  const realRoot = resolve(repoRoot);

  for (const resource of resources) {
    const origin = takeOrigin(resource.object);
    const object = resource.object;
    if (origin?.path) {
      const absolute = resolve(wrapper, origin.path);
      const inside = isInside(realRoot, absolute);
      const file = inside ? displayPath(repoRoot, absolute) : origin.path;
      let base: Locator | undefined;
      let located: SourceDocument | undefined;
      let searched = false;
      const find = () => {
        if (!searched) {
          searched = true;
          located = inside ? matchDocument(files.documents(absolute), object) : undefined;
          base = located ? new DocumentLocator(file, located.lines, located.prefix) : new FixedLocator({ file, line: 1 });
        }
        return located;
      };
      defineLazy(resource, 'source', () => {
        const doc = find();
        return doc ? { file, line: doc.line, endLine: doc.endLine } : { file, line: 1, endLine: 1 };
      });
      resource.locator = new KustomizeLocator(object, allSetters, () => (find(), base));
    } else if (origin?.configuredIn) {
      const absolute = resolve(wrapper, origin.configuredIn);
      const file = isInside(realRoot, absolute) ? displayPath(repoRoot, absolute) : origin.configuredIn;
      const k = byFile.get(absolute);
      defineLazy(resource, 'source', () => {
        const line = generatorLine(k, object) ?? 1;
        return { file, line, endLine: line };
      });
      resource.locator = new KustomizeLocator(object, allSetters, () => new FixedLocator({ file, line: resource.source?.line ?? 1 }));
    } else {
      resource.source = undefined;
      resource.locator = undefined;
    }
  }
  return resources;
}
