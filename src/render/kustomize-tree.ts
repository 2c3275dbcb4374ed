// Reads the tree of kustomization files an app builds from (the app, its
// bases, components), without running kustomize: to refuse references that
// leave the repo root before kustomize follows them, and to know which patch,
// replica count or image override sets which field, for line mapping.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TollgateError } from '../errors.js';
import { decodeDocument } from '../manifest/k8s-yaml.js';
import { DocumentLines, escapePointerSegment, pointerSegments } from '../manifest/locate.js';
import type { KubeObject, SourceLine } from '../manifest/resource.js';
import { splitYamlStream } from '../manifest/stream.js';
import { KUSTOMIZATION_FILES } from './detect.js';
import { displayPath, realPathInside } from './paths.js';
import { valueAt } from '../manifest/pointer.js';

export interface Kustomization {
  dir: string;
  file: string;
  display: string;
  spec: Record<string, unknown>;
  lines: DocumentLines;
}

/** A remote reference (git URL, http) is kustomize's business, not a local path. */
function isRemote(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(ref) || ref.startsWith('git@');
}

function kustomizationFileIn(dir: string): string | undefined {
  for (const name of KUSTOMIZATION_FILES) {
    const file = join(dir, name);
    if (existsSync(file)) return file;
  }
  return undefined;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * The kustomizations of an app, outermost first (patches of an overlay apply
 * after those of its bases, so they are consulted first).
 */
export function readKustomizationTree(appDir: string, repoRoot: string): Kustomization[] {
  const seen = new Set<string>();
  const out: Kustomization[] = [];
  const visit = (dir: string) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const file = kustomizationFileIn(dir);
    if (!file) return;
    const display = displayPath(repoRoot, file);
    const text = readFileSync(file, 'utf8');
    let spec: Record<string, unknown>;
    try {
      spec = (decodeDocument(text) ?? {}) as Record<string, unknown>;
    } catch (error) {
      const problem = (error as { problem?: { line?: number } }).problem;
      throw new TollgateError('input', `invalid kustomization: ${(error as Error).message}`, { file: display, line: problem?.line });
    }
    const k: Kustomization = { dir, file, display, spec, lines: new DocumentLines(text, 1) };
    out.push(k);
    const refs: Array<{ ref: string; pointer: string }> = [];
    const add = (list: unknown, key: string, field?: string) =>
      asList(list).forEach((entry, i) => {
        const ref = field ? (entry as Record<string, unknown> | null)?.[field] : entry;
        if (typeof ref === 'string' && !ref.includes('\n')) refs.push({ ref, pointer: `/${key}/${i}${field ? `/${field}` : ''}` });
      });
    add(spec.resources, 'resources');
    add(spec.bases, 'bases');
    add(spec.components, 'components');
    add(spec.crds, 'crds');
    add(spec.patchesStrategicMerge, 'patchesStrategicMerge');
    add(spec.patches, 'patches', 'path');
    add(spec.patchesJson6902, 'patchesJson6902', 'path');
    for (const { ref, pointer } of refs) {
      if (isRemote(ref)) continue;
      if (pointer.startsWith('/patchesStrategicMerge') && ref.includes(':')) continue; // an inline patch
      const target = resolve(dir, ref);
      const where = k.lines.lineOf(pointer);
      if (!existsSync(target)) continue; // kustomize reports missing files itself, with its own message
      try {
        realPathInside(repoRoot, target, 'kustomize reference');
      } catch (error) {
        const e = error as TollgateError;
        throw new TollgateError(e.code, e.message, { file: display, line: where?.line, hint: e.hint });
      }
      if (statSync(target).isDirectory() && !pointer.startsWith('/patches')) visit(target);
    }
  };
  visit(resolve(appDir));
  return out;
}

interface PatchTarget {
  kind?: string;
  name?: string;
  labelSelector?: string;
}

function matchesTarget(object: KubeObject, target: PatchTarget): boolean {
  if (target.kind && target.kind !== object.kind) return false;
  const name = object.metadata?.name ?? '';
  if (target.name) {
    let ok = name === target.name || name.includes(target.name);
    if (!ok) {
      try {
        ok = new RegExp(`^(?:${target.name})$`).test(name);
      } catch {
        ok = false;
      }
    }
    if (!ok) return false;
  }
  if (target.labelSelector) {
    const labels = object.metadata?.labels ?? {};
    for (const term of target.labelSelector.split(',')) {
      const [key, value] = term.split('=').map((s) => s.trim());
      if (value === undefined ? !(key in labels) : labels[key] !== value) return false;
    }
  }
  return true;
}

/** Something in a kustomization that sets fields of matching resources. */
export interface FieldSetter {
  matches(object: KubeObject): boolean;
  lineFor(pointer: string, object: KubeObject): SourceLine | undefined;
}

const MERGE_KEYS = ['name', 'mountPath', 'containerPort', 'devicePath', 'ip', 'topologyKey'];

/** Where a strategic-merge patch document spells the field at `pointer` of the merged object. */
function strategicMergeLine(patch: unknown, lines: DocumentLines, pointer: string, object: KubeObject): number | undefined {
  let node: unknown = object;
  let patchNode: unknown = patch;
  let patchPointer = '';
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(node)) {
      if (!Array.isArray(patchNode)) return undefined;
      const item = node[Number(segment)];
      let index = -1;
      if (item !== null && typeof item === 'object') {
        for (const key of MERGE_KEYS) {
          const value = (item as Record<string, unknown>)[key];
          if (value === undefined) continue;
          index = patchNode.findIndex((p) => p !== null && typeof p === 'object' && (p as Record<string, unknown>)[key] === value);
          if (index >= 0) break;
        }
      } else {
        index = Number(segment) < patchNode.length ? Number(segment) : -1; // scalar lists are replaced whole
      }
      if (index < 0) return undefined;
      patchPointer += `/${index}`;
      node = item;
      patchNode = patchNode[index];
    } else {
      if (patchNode === null || typeof patchNode !== 'object' || !(segment in (patchNode as object))) return undefined;
      patchPointer += `/${escapePointerSegment(segment)}`;
      patchNode = (patchNode as Record<string, unknown>)[segment];
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  const found = lines.lineOf(patchPointer);
  return found?.exact ? found.line : undefined;
}

interface PatchText {
  text: string;
  display: string;
  firstLine: number;
}

function patchDocuments(patch: PatchText): Array<{ value: unknown; lines: DocumentLines }> {
  return splitYamlStream(patch.text).flatMap((doc) => {
    try {
      const value = decodeDocument(doc.text);
      return value === undefined ? [] : [{ value, lines: new DocumentLines(doc.text, doc.startLine + patch.firstLine - 1) }];
    } catch {
      return []; // kustomize already accepted or rejected it; no lines then
    }
  });
}

function patchSetters(patch: PatchText, explicitTarget: PatchTarget | undefined): FieldSetter[] {
  const setters: FieldSetter[] = [];
  for (const { value, lines } of patchDocuments(patch)) {
    if (Array.isArray(value)) {
      // RFC 6902 operations; the last one touching a path wins.
      const ops = value as Array<Record<string, unknown>>;
      setters.push({
        matches: (object) => (explicitTarget ? matchesTarget(object, explicitTarget) : false),
        lineFor: (pointer) => {
          for (let i = ops.length - 1; i >= 0; i--) {
            const op = ops[i];
            if (typeof op?.path !== 'string' || op.op === 'remove' || op.op === 'test') continue;
            const path = op.path.endsWith('/-') ? op.path.slice(0, -2) : op.path;
            if (pointer === path || pointer.startsWith(`${path}/`)) {
              const found = lines.lineOf(`/${i}`);
              return found ? { file: patch.display, line: found.line } : undefined;
            }
          }
          return undefined;
        },
      });
    } else if (value !== null && typeof value === 'object') {
      const doc = value as KubeObject;
      const target = explicitTarget ?? { kind: doc.kind, name: doc.metadata?.name };
      setters.push({
        matches: (object) => matchesTarget(object, target),
        lineFor: (pointer, object) => {
          if (pointer.startsWith('/metadata/name') || pointer === '/kind' || pointer === '/apiVersion') return undefined;
          const line = strategicMergeLine(doc, lines, pointer, object);
          return line === undefined ? undefined : { file: patch.display, line };
        },
      });
    }
  }
  return setters;
}

function targetOf(entry: Record<string, unknown>): PatchTarget | undefined {
  const t = entry.target as Record<string, unknown> | undefined;
  if (!t || typeof t !== 'object') return undefined;
  return {
    kind: typeof t.kind === 'string' ? t.kind : undefined,
    name: typeof t.name === 'string' ? t.name : undefined,
    labelSelector: typeof t.labelSelector === 'string' ? t.labelSelector : undefined,
  };
}

function patchText(k: Kustomization, entry: unknown, pointer: string, repoRoot: string): PatchText | undefined {
  const record = entry as Record<string, unknown>;
  const inline = typeof entry === 'string' && entry.includes('\n') ? entry : typeof record?.patch === 'string' ? record.patch : undefined;
  if (inline !== undefined) {
    const key = k.lines.lineOf(typeof entry === 'string' ? pointer : `${pointer}/patch`);
    return { text: inline, display: k.display, firstLine: (key?.line ?? 0) + 1 };
  }
  const path = typeof entry === 'string' ? entry : typeof record?.path === 'string' ? record.path : undefined;
  if (!path) return undefined;
  const file = resolve(k.dir, path);
  try {
    return { text: readFileSync(file, 'utf8'), display: displayPath(repoRoot, file), firstLine: 1 };
  } catch {
    return undefined;
  }
}

/** Every field setter of the tree, outermost kustomization first, later entries of one file first. */
export function fieldSetters(tree: Kustomization[], repoRoot: string): FieldSetter[] {
  const setters: FieldSetter[] = [];
  for (const k of tree) {
    const own: FieldSetter[] = [];
    asList(k.spec.patchesStrategicMerge).forEach((entry, i) => {
      const text = patchText(k, entry, `/patchesStrategicMerge/${i}`, repoRoot);
      if (text) own.push(...patchSetters(text, undefined));
    });
    asList(k.spec.patches).forEach((entry, i) => {
      const text = patchText(k, entry, `/patches/${i}`, repoRoot);
      if (text) own.push(...patchSetters(text, targetOf(entry as Record<string, unknown>)));
    });
    asList(k.spec.patchesJson6902).forEach((entry, i) => {
      const text = patchText(k, entry, `/patchesJson6902/${i}`, repoRoot);
      if (text) own.push(...patchSetters(text, targetOf(entry as Record<string, unknown>)));
    });
    asList(k.spec.replicas).forEach((entry, i) => {
      const name = (entry as Record<string, unknown>)?.name;
      if (typeof name !== 'string') return;
      own.push({
        matches: (object) => matchesTarget(object, { name }),
        lineFor: (pointer) => {
          if (pointer !== '/spec/replicas') return undefined;
          const found = k.lines.lineOf(`/replicas/${i}/count`);
          return found ? { file: k.display, line: found.line } : undefined;
        },
      });
    });
    asList(k.spec.images).forEach((entry, i) => {
      const record = entry as Record<string, unknown>;
      const names = [record?.name, record?.newName].filter((n): n is string => typeof n === 'string');
      if (names.length === 0) return;
      own.push({
        matches: () => true,
        lineFor: (pointer, object) => {
          if (!/\/(initContainers|containers|ephemeralContainers)\/\d+\/image$/.test(pointer)) return undefined;
          const image = valueAt(object, pointer);
          if (typeof image !== 'string') return undefined;
          const repository = image.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
          if (!names.includes(repository)) return undefined;
          const found = k.lines.lineOf(`/images/${i}`);
          return found ? { file: k.display, line: found.line } : undefined;
        },
      });
    });
    if (typeof k.spec.namespace === 'string') {
      own.push({
        matches: () => true,
        lineFor: (pointer) => {
          if (pointer !== '/metadata/namespace') return undefined;
          const found = k.lines.lineOf('/namespace');
          return found ? { file: k.display, line: found.line } : undefined;
        },
      });
    }
    setters.push(...own.reverse());
  }
  return setters;
}



