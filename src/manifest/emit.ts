// Writes JSON-shaped values as YAML that Kubernetes decodes back to exactly the
// same values. A general YAML library spends most of its time on choices this
// writer never has to make: values are plain JSON (no anchors, tags, Dates),
// keys are strings, and the style is fixed (block collections, sequences not
// indented under their key, as kubectl and kustomize print them).
import { NOT_RESOLVED } from 'js-yaml';
import { resolvePlainScalar } from './scalars.js';

// Characters that may appear in a plain scalar after its first one. No '#'
// (a comment after a space), no control characters, no YAML 1.1 line breaks.
const PLAIN_BODY = /^[A-Za-z0-9_./-][\x20-\x22\x24-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;
const NEEDS_ESCAPE_IN_JSON_OUTPUT = /[\u0085\u2028\u2029\ufeff]/;
const ESCAPE_IN_JSON_OUTPUT = /[\u0085\u2028\u2029\ufeff]/g;
const LITERAL_SAFE = /^[\t\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;

function isPlainSafe(s: string): boolean {
  if (!PLAIN_BODY.test(s)) return false;
  const last = s.charCodeAt(s.length - 1);
  if (last === 32 || last === 58 /* : */) return false;
  if (s.charCodeAt(0) === 45 /* - */ && (s.length === 1 || s.charCodeAt(1) === 32)) return false;
  if (s.includes(': ') || s.includes(' #')) return false;
  return resolvePlainScalar(s) === NOT_RESOLVED;
}

const SINGLE_QUOTABLE = /^[\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*$/;

function quoted(s: string): string {
  // Text with double quotes or backslashes reads better single-quoted, where only ' is doubled.
  if ((s.includes('"') || s.includes('\\')) && SINGLE_QUOTABLE.test(s)) return `'${s.replaceAll("'", "''")}'`;
  const json = JSON.stringify(s);
  return NEEDS_ESCAPE_IN_JSON_OUTPUT.test(json)
    ? json.replace(ESCAPE_IN_JSON_OUTPUT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : json;
}

/** A literal block (`|`) when the text reads well as one and round-trips exactly. */
function literalBlock(s: string, indent: string): string | undefined {
  if (!LITERAL_SAFE.test(s)) return undefined;
  const lines = s.split('\n');
  let chomp: string;
  if (lines[lines.length - 1] !== '') chomp = '-';
  else if (lines.length >= 2 && lines[lines.length - 2] !== '') {
    chomp = '';
    lines.pop();
  } else return undefined; // several trailing newlines: keep it simple, quote it
  let firstContent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    if (line.trim() === '') return undefined; // whitespace-only lines confuse indentation detection
    if (firstContent < 0) {
      firstContent = i;
      if (line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9) return undefined;
    }
  }
  if (firstContent < 0) return undefined;
  let out = `|${chomp}`;
  for (const line of lines) out += line === '' ? '\n' : `\n${indent}${line}`;
  return out;
}

const shortValueCache = new Map<string, string>();

function scalar(value: unknown, indent: string): string {
  switch (typeof value) {
    case 'string': {
      if (value.includes('\n')) return literalBlock(value, indent) ?? quoted(value);
      if (value.length > 64) return isPlainSafe(value) ? value : quoted(value);
      // Short values repeat (labels, images, ports, quantities): decide each once.
      let written = shortValueCache.get(value);
      if (written === undefined) {
        written = isPlainSafe(value) ? value : quoted(value);
        if (shortValueCache.size < 50_000) shortValueCache.set(value, written);
      }
      return written;
    }
    case 'number':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return 'null';
  }
}

// Keys repeat across documents (name, labels, containers…): remember how each is written.
const keyCache = new Map<string, string>();
function key(k: string): string {
  let written = keyCache.get(k);
  if (written === undefined) {
    written = isPlainSafe(k) ? k : quoted(k);
    if (keyCache.size < 10_000) keyCache.set(k, written);
  }
  return written;
}

function isEmptyCollection(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : undefined;
  if (value !== null && typeof value === 'object') {
    for (const _ in value) return undefined;
    return '{}';
  }
  return undefined;
}

/** Appends `value` as the body of a mapping entry or sequence item. */
function writeMapping(obj: Record<string, unknown>, indent: string, firstPrefix: string): string {
  let out = '';
  let first = true;
  const childIndent = `${indent}  `;
  for (const k in obj) {
    const v = obj[k];
    if (v === undefined) continue;
    out += first ? firstPrefix : indent;
    first = false;
    out += key(k);
    out += ':';
    if (v !== null && typeof v === 'object') {
      const empty = isEmptyCollection(v);
      if (empty) out += ` ${empty}\n`;
      else if (Array.isArray(v)) out += `\n${writeSequence(v, indent)}`;
      else out += `\n${writeMapping(v as Record<string, unknown>, childIndent, childIndent)}`;
    } else {
      out += ` ${scalar(v, childIndent)}\n`;
    }
  }
  return out;
}

function writeSequence(list: unknown[], indent: string): string {
  let out = '';
  const itemIndent = `${indent}  `;
  for (const item of list) {
    if (item !== null && typeof item === 'object') {
      const empty = isEmptyCollection(item);
      if (empty) out += `${indent}- ${empty}\n`;
      else if (Array.isArray(item)) out += writeNestedSequence(item, itemIndent, `${indent}- `);
      else out += writeMapping(item as Record<string, unknown>, itemIndent, `${indent}- `);
    } else {
      out += `${indent}- ${scalar(item ?? null, itemIndent)}\n`;
    }
  }
  return out;
}

/** A sequence that is itself an item: its first item shares the parent's `- ` line. */
function writeNestedSequence(list: unknown[], indent: string, firstPrefix: string): string {
  const body = writeSequence(list, indent);
  return firstPrefix + body.slice(indent.length);
}

/** One document's YAML (no `---`), ending in a newline. */
export function toYaml(value: unknown): string {
  if (value !== null && typeof value === 'object') {
    const empty = isEmptyCollection(value);
    if (empty) return `${empty}\n`;
    if (Array.isArray(value)) return writeSequence(value, '');
    return writeMapping(value as Record<string, unknown>, '', '');
  }
  return `${scalar(value, '  ')}\n`;
}

/** A YAML stream: documents separated by `---`, as Argo CD and kubectl read them. */
export function toYamlStream(values: unknown[]): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += '---\n';
    out += toYaml(values[i]);
  }
  return out;
}

/** One compact JSON object per line. */
export function toJsonLines(values: unknown[]): string {
  let out = '';
  for (const value of values) out += `${JSON.stringify(value)}\n`;
  return out;
}
