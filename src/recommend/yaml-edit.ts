// Edits to YAML text that touch only the lines they change. The `yaml`
// Document API finds the nodes and their offsets; the text is spliced, not
// re-printed, because re-printing re-indents sequences and re-quotes scalars
// across the whole file. Comments, key order and formatting elsewhere stay.
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

export type Path = Array<string | number>;

/** A value to set (string), or a key to remove (null); nested objects for maps. */
export interface MapEdit {
  [key: string]: string | null | MapEdit;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

const column = (text: string, offset: number) => offset - lineStart(text, offset);

/** The flow text of an edit merged over an existing plain mapping: `{cpu: 250m, memory: 512Mi}`. */
function flowText(existing: Record<string, unknown>, edit: MapEdit): string {
  const merged = mergeValue(existing, edit);
  const write = (v: unknown): string =>
    v && typeof v === 'object' ? `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}: ${write(x)}`).join(', ')}}` : String(v);
  return write(merged);
}

function mergeValue(existing: Record<string, unknown> | undefined, edit: MapEdit): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(existing ?? {}) };
  for (const [key, value] of Object.entries(edit)) {
    if (value === null) delete out[key];
    else if (typeof value === 'string') out[key] = value;
    else {
      const child = mergeValue(out[key] && typeof out[key] === 'object' ? (out[key] as Record<string, unknown>) : undefined, value);
      if (Object.keys(child).length) out[key] = child;
      else delete out[key];
    }
  }
  return out;
}

/** Block lines for a new key at `indent`. */
function blockLines(key: string, value: string | MapEdit, indent: number): string {
  const pad = ' '.repeat(indent);
  if (typeof value === 'string') return `${pad}${key}: ${value}\n`;
  const inner = Object.entries(value).filter(([, v]) => v !== null);
  if (!inner.length) return '';
  return `${pad}${key}:\n${inner.map(([k, v]) => blockLines(k, v as string | MapEdit, indent + 2)).join('')}`;
}

const hasContent = (edit: MapEdit): boolean => Object.values(edit).some((v) => v !== null && (typeof v === 'string' || hasContent(v)));

function editMap(text: string, map: YAMLMap, edit: MapEdit, splices: Splice[]): void {
  if (map.flow) {
    splices.push({ start: map.range![0], end: map.range![1], text: flowText(map.toJSON() as Record<string, unknown>, edit) });
    return;
  }
  const pairs = map.items as Pair<Node, Node | null>[];
  const indent = pairs.length ? column(text, (pairs[0].key as Node).range![0]) : 0;
  const removed = new Set<Pair>();
  const inserts: string[] = [];
  for (const [key, value] of Object.entries(edit)) {
    const pair = pairs.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (value === null) {
      if (pair) removed.add(pair);
      continue;
    }
    if (!pair) {
      if (typeof value === 'string' || hasContent(value)) inserts.push(blockLines(key, value, indent));
      continue;
    }
    const node = pair.value;
    if (typeof value === 'string') {
      if (node) splices.push({ start: node.range![0], end: node.range![1], text: value });
      else {
        // `key:` with no value node: the value goes after the colon.
        const colon = text.indexOf(':', (pair.key as Node).range![1]) + 1;
        splices.push({ start: colon, end: colon, text: ` ${value}` });
      }
      continue;
    }
    if (node && isMap(node)) {
      // A map every key of which goes: remove the key itself.
      const keep = mergeValue(node.toJSON() as Record<string, unknown>, value);
      if (!Object.keys(keep).length) removed.add(pair);
      else editMap(text, node, value, splices);
    } else if (hasContent(value)) {
      // `key:` with nothing, or `key: {}`: write the block in its place.
      removed.add(pair);
      inserts.push(blockLines(key, value, indent));
    }
  }
  for (const pair of removed) {
    const start = lineStart(text, (pair.key as Node).range![0]);
    const end = lineEnd(text, (pair.value as Node | null)?.range?.[1] ?? (pair.key as Node).range![1]);
    splices.push({ start, end, text: '' });
  }
  if (inserts.length) {
    const last = pairs.filter((p) => !removed.has(p)).at(-1) ?? pairs.at(-1);
    const after = last ? lineEnd(text, Math.max(((last.value as Node | null)?.range?.[1] ?? 0) - 1, (last.key as Node).range![1])) : map.range![1];
    splices.push({ start: after, end: after, text: inserts.join('') });
  }
}

/** The node at `path` in a document, or undefined. */
function nodeAt(doc: Document, path: Path): Node | undefined {
  let node: unknown = doc.contents;
  for (const step of path) {
    // JSON pointers spell list indexes as strings.
    if (isSeq(node) && (typeof step === 'number' || /^\d+$/.test(step))) {
      node = node.items[Number(step)];
    } else if (typeof step === 'number') {
      return undefined;
    } else {
      if (!isMap(node)) return undefined;
      node = (node.items as Pair[]).find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === step)?.value;
    }
  }
  return node as Node | undefined;
}

/**
 * Applies `edit` to the mapping at `path` in the document at `docIndex`
 * (0-based, as the text's `---` separate them). Returns the new text.
 */
export function editYamlMap(text: string, docIndex: number, path: Path, edit: MapEdit): string {
  const docs = parseAllDocuments(text);
  const doc = docs[docIndex] as Document | undefined;
  if (!doc || 'empty' in doc) throw new Error(`no YAML document ${docIndex}`);
  const map = nodeAt(doc, path);
  if (!isMap(map)) throw new Error(`no mapping at ${path.join('.')}`);
  const splices: Splice[] = [];
  editMap(text, map, edit, splices);
  let out = text;
  for (const s of splices.sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}
