// YAML text → Resource[]: documents decoded with Kubernetes semantics, `items`
// arrays expanded, each resource tied to its document for line lookups.
import { TollgateError } from '../errors.js';
import { YamlDecodeError, decodeDocument } from './k8s-yaml.js';
import { DocumentLines } from './locate.js';
import type { KubeObject, Locator, Resource, SourceLine } from './resource.js';
import { splitYamlStream, type DocumentText } from './stream.js';

export interface DecodedDocument {
  value: unknown;
  doc: DocumentText;
}

/** A document of the stream that could not become a Kubernetes object. */
export class DocumentDecodeError extends TollgateError {
  constructor(
    file: string,
    message: string,
    line: number | undefined,
    column?: number,
  ) {
    super('input', message, { file, line, column, hint: 'fix the YAML at that line; tollgate decodes manifests as Kubernetes does' });
  }
}

/** Decodes one document, turning YAML errors into errors at the stream's own line. */
export function decodeAt(doc: DocumentText, file: string): unknown {
  try {
    return decodeDocument(doc.text);
  } catch (error) {
    if (error instanceof YamlDecodeError) {
      const { line, column, message } = error.problem;
      throw new DocumentDecodeError(file, message, line === undefined ? doc.contentLine : line + doc.startLine - 1, column);
    }
    throw error;
  }
}

/** Why a decoded document is not a Kubernetes object, or undefined if it is one. */
export function notAnObject(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return 'document is not a mapping, so it is not a Kubernetes object';
  }
  const kind = (value as KubeObject).kind;
  if (typeof kind !== 'string' || kind === '') return "Object 'Kind' is missing";
  return undefined;
}

/** A locator over one document; `prefix` is the pointer of the object inside it (list items). */
export class DocumentLocator implements Locator {
  constructor(
    private readonly file: string,
    private readonly lines: DocumentLines,
    private readonly prefix: string,
  ) {}

  locate(pointer: string): SourceLine | undefined {
    const found = this.lines.lineOf(this.prefix + pointer);
    return found ? { file: this.file, line: found.line } : undefined;
  }
}

/**
 * Expands an object whose `items` is an array (Argo CD's IsList) into its
 * items, recursively; otherwise returns the object with prefix "".
 */
export function expandLists(object: KubeObject, prefix = ''): Array<{ object: KubeObject; prefix: string }> {
  const items = object.items;
  if (!Array.isArray(items)) return [{ object, prefix }];
  const out: Array<{ object: KubeObject; prefix: string }> = [];
  items.forEach((item, i) => {
    const problem = notAnObject(item);
    if (problem) throw new Error(`${prefix}/items/${i}: ${problem}`);
    out.push(...expandLists(item as KubeObject, `${prefix}/items/${i}`));
  });
  return out;
}

/** Builds the resources of one decoded document. */
export function resourcesOf(value: KubeObject, doc: DocumentText, file: string): Resource[] {
  let expanded: Array<{ object: KubeObject; prefix: string }>;
  try {
    expanded = expandLists(value);
  } catch (error) {
    throw new DocumentDecodeError(file, (error as Error).message, doc.contentLine);
  }
  const lines = new DocumentLines(doc.text, doc.startLine);
  return expanded.map(({ object, prefix }) => {
    const resource: Resource = {
      object,
      source: { file, line: doc.contentLine, endLine: doc.contentEndLine },
      locator: new DocumentLocator(file, lines, prefix),
    };
    if (prefix !== '') {
      // A list item's own lines are narrower than its document's.
      const start = lines.lineOf(prefix);
      if (start) resource.source = { file, line: start.line, endLine: doc.contentEndLine };
    }
    return resource;
  });
}

/**
 * Every document of a rendered stream must be an object (renderer output,
 * where a stray document is an error, unlike in a directory of files).
 */
export function parseManifestStream(text: string, file: string): Resource[] {
  const out: Resource[] = [];
  for (const doc of splitYamlStream(text)) {
    const value = decodeAt(doc, file);
    if (value === undefined) continue;
    const problem = notAnObject(value);
    if (problem) throw new DocumentDecodeError(file, problem, doc.contentLine);
    out.push(...resourcesOf(value as KubeObject, doc, file));
  }
  return out;
}
