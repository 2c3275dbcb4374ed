// Maps JSON pointers inside one YAML document to the lines they are written on.
// Built only when something asks for a line (findings, not the plugin's render
// path), from js-yaml's event stream, which carries source offsets.
import { EVENT_ID, NOT_RESOLVED, SCALAR_STYLE, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import { resolvePlainScalar } from './scalars.js';
import { lineAt, lineStarts } from './stream.js';

export function escapePointerSegment(segment: string): string {
  return segment.includes('~') || segment.includes('/') ? segment.replaceAll('~', '~0').replaceAll('/', '~1') : segment;
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => (s.includes('~') ? s.replaceAll('~1', '/').replaceAll('~0', '~') : s));
}

/** The key a scalar event spells, as Kubernetes decodes map keys (`on` → "true"). */
function keyOf(source: string, event: ScalarEvent): string {
  if (event.style !== SCALAR_STYLE.PLAIN) return getScalarValue(source, event);
  const raw = source.slice(event.valueStart, event.valueEnd);
  if (event.tagStart >= 0) return raw;
  const resolved = resolvePlainScalar(raw);
  return resolved === NOT_RESOLVED ? raw : String(resolved);
}

interface Frame {
  pointer: string;
  isMap: boolean;
  index: number;
  key: string | undefined;
  keyOffset: number;
}

/**
 * Offsets of every node in the document: for a mapping entry the offset of its
 * key, for a sequence item the offset of the item. The root is "".
 */
export function indexPointers(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: 1000 });
  } catch {
    return offsets; // the decoder already reported the error; no lines to give
  }
  const stack: Frame[] = [];
  let skip = 0;

  const startOf = (event: Event): number => {
    switch (event.type) {
      case EVENT_ID.SCALAR:
        return event.anchorStart >= 0 ? Math.min(event.anchorStart, event.valueStart) : event.valueStart;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        return event.start;
      case EVENT_ID.ALIAS:
        return event.anchorStart - 1;
      default:
        return 0;
    }
  };

  for (const event of events) {
    if (event.type === EVENT_ID.DOCUMENT) continue;
    if (skip > 0) {
      if (event.type === EVENT_ID.POP) skip--;
      else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) skip++;
      continue;
    }
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) {
        if (parent.isMap) parent.key = undefined;
        else parent.index++;
      }
      continue;
    }
    const parent = stack[stack.length - 1];
    let pointer: string;
    let offset = startOf(event);
    if (!parent) {
      pointer = '';
    } else if (parent.isMap && parent.key === undefined) {
      // This node is a key.
      if (event.type === EVENT_ID.SCALAR) {
        parent.key = keyOf(text, event);
        parent.keyOffset = startOf(event);
      } else if (event.type === EVENT_ID.ALIAS) {
        parent.key = '';
        parent.keyOffset = startOf(event);
      } else {
        skip = 1; // a complex key: skip it; its value lands under a pointer no lookup uses
        parent.key = '\u0000';
        parent.keyOffset = startOf(event);
      }
      continue;
    } else if (parent.isMap) {
      pointer = `${parent.pointer}/${escapePointerSegment(parent.key!)}`;
      offset = parent.keyOffset;
      parent.key = undefined;
    } else {
      pointer = `${parent.pointer}/${parent.index}`;
    }
    if (!offsets.has(pointer)) offsets.set(pointer, offset);
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      // Keys re-set the map frame's key; the value after a key completes an entry.
      stack.push({ pointer, isMap: event.type === EVENT_ID.MAPPING, index: 0, key: undefined, keyOffset: 0 });
    } else if (parent && !parent.isMap) {
      parent.index++;
    }
  }
  return offsets;
}

/** Line lookups for one document, the index built on first use. */
export class DocumentLines {
  private offsets?: Map<string, number>;
  private starts?: number[];

  /** @param firstLine the 1-based line of the file on which `text` starts */
  constructor(
    readonly text: string,
    readonly firstLine: number,
  ) {}

  /** The line of the deepest node on `pointer`'s path that the document spells out. */
  lineOf(pointer: string): { line: number; exact: boolean } | undefined {
    this.offsets ??= indexPointers(this.text);
    this.starts ??= lineStarts(this.text);
    let probe = pointer;
    let exact = true;
    for (;;) {
      const offset = this.offsets.get(probe);
      if (offset !== undefined) return { line: lineAt(this.starts, offset) + this.firstLine - 1, exact };
      if (probe === '') return undefined;
      probe = probe.slice(0, probe.lastIndexOf('/'));
      exact = false;
    }
  }
}
