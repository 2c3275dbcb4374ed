// Decodes YAML the way Kubernetes does (sigs.k8s.io/yaml over go-yaml v2, then
// JSON), so every object tollgate sees is the object Argo CD would apply:
//   - plain scalars resolve by YAML 1.1 rules as go-yaml v2 resolves them
//     (`on`/`y`/`yes` are booleans, `0755` is octal, `_` in numbers is dropped,
//     `0x1F`, `0o17`, `0b101`, `1e3`); timestamps and `1:30` stay strings;
//   - non-string mapping keys become strings (`on:` is the key "true"); a null
//     key and NaN/Inf values are errors, as JSON conversion refuses them;
//   - a duplicated key keeps its last value; `<<` merge keys are honoured;
//   - unknown tags are ignored, as go-yaml v2 ignores them for scalars it
//     cannot resolve.
// The scanner is js-yaml's (fast, with source offsets); the resolution rules
// here are Kubernetes'.
import { fastDecode, UNSUPPORTED } from './fast-yaml.js';
import { NonFiniteNumber, resolvePlainScalar } from './scalars.js';
import {
  Schema,
  YAMLException,
  defineMappingTag,
  defineScalarTag,
  defineSequenceTag,
  loadAll,
  mapTag,
  mergeTag,
  seqTag,
  strTag,
} from 'js-yaml';

const plainScalarTag = defineScalarTag<unknown>('tag:tollgate.dev,2026:k8s-implicit', {
  implicit: true,
  resolve: (source) => resolvePlainScalar(source),
  identify: () => false,
});

const explicitTag = (name: string, convert: (source: string) => unknown) =>
  defineScalarTag<unknown>(`tag:yaml.org,2002:${name}`, {
    resolve: (source) => convert(source),
    identify: () => false,
  });

const resolvedAs = (predicate: (v: unknown) => boolean) => (source: string) => {
  const value = resolvePlainScalar(source);
  return predicate(value) ? value : source;
};

// Local tags (`!foo`) keep a scalar's text as a string and a collection as it
// is, like go-yaml v2 does for tags it cannot resolve.
const anyLocalScalar = defineScalarTag<unknown>('!', {
  matchByTagPrefix: true,
  resolve: (source) => source,
  identify: () => false,
});
const anyLocalSequence = defineSequenceTag<unknown[]>('!', {
  matchByTagPrefix: true,
  create: () => [],
  addItem: (list, item) => {
    list.push(item);
  },
  identify: () => false,
});
const anyLocalMapping = defineMappingTag<Record<string, unknown>>('!', {
  ...mapTag,
  matchByTagPrefix: true,
  identify: () => false,
});

const keyedMapTag = defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
  create: () => ({}),
  identify: () => false,
  addPair: (container, key, value) => {
    if (key === null || key === undefined) return 'a mapping key is null, which Kubernetes cannot decode';
    if (typeof key === 'object') return 'a mapping key is a collection, which Kubernetes cannot decode';
    const name = String(key);
    if (name === '__proto__') {
      Object.defineProperty(container, name, { value, enumerable: true, configurable: true, writable: true });
    } else {
      container[name] = value;
    }
    return '';
  },
  has: (container, key) => Object.prototype.hasOwnProperty.call(container, String(key)),
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const name = String(key);
    return Object.prototype.hasOwnProperty.call(container, name) ? container[name] : null;
  },
});

export const KUBERNETES_SCHEMA = new Schema([
  strTag,
  seqTag,
  keyedMapTag,
  mergeTag,
  plainScalarTag,
  explicitTag('int', resolvedAs((v) => typeof v === 'number')),
  explicitTag('float', resolvedAs((v) => typeof v === 'number')),
  explicitTag('bool', resolvedAs((v) => typeof v === 'boolean')),
  explicitTag('null', () => null),
  explicitTag('timestamp', (s) => s),
  explicitTag('binary', (s) => Buffer.from(s.replace(/\s/g, ''), 'base64').toString('utf8')),
  anyLocalScalar,
  anyLocalSequence,
  anyLocalMapping,
]);

/** Nesting deeper than this is refused (CRD schemas nest deep, but not this deep). */
const MAX_DEPTH = 1000;
/** A document may not expand (through aliases) to more nodes than this. */
export const MAX_EXPANDED_NODES = 2_000_000;

export interface YamlProblem {
  message: string;
  /** 1-based, relative to the text given. */
  line?: number;
  column?: number;
}

export class YamlDecodeError extends Error {
  constructor(readonly problem: YamlProblem) {
    super(problem.message);
  }
}

// An alias is `*name` where a node may start; anchors inside quoted strings
// do not count, but a false positive only costs one extra walk.
const MAY_HAVE_NON_FINITE = /\.(?:inf|Inf|INF|nan|NaN|NAN)\b/;
const MAY_HAVE_ALIAS = /(?:^|[\s,[{:-])\*[^\s,[\]{}]/;

/**
 * Decodes one YAML document (text holding exactly one document, markers
 * allowed) into a plain JSON-compatible value. `undefined` for an empty document.
 */
export function decodeDocument(text: string): unknown {
  const fast = fastDecode(text);
  if (fast !== UNSUPPORTED) return fast;
  return decodeDocumentFully(text);
}

/** The complete decoder (anchors, tags, merge keys, multi-line scalars, errors with lines). */
export function decodeDocumentFully(text: string): unknown {
  let value: unknown;
  try {
    const docs = loadDocuments(text);
    if (docs.length > 1) {
      throw new YamlDecodeError({ message: 'expected a single document' });
    }
    value = docs[0];
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = (error as YAMLException & { mark?: { line: number; column: number } }).mark;
      throw new YamlDecodeError({
        message: error.reason || 'invalid YAML',
        line: mark ? mark.line + 1 : undefined,
        column: mark ? mark.column + 1 : undefined,
      });
    }
    throw error;
  }
  if (value === undefined || value === null) return value ?? undefined;
  if (MAY_HAVE_ALIAS.test(text)) {
    // Aliases share one object between places; expand-count them without
    // expanding, refuse bombs, then copy so later edits touch one place only.
    const size = expandedSize(value, new Map());
    if (size > MAX_EXPANDED_NODES) {
      throw new YamlDecodeError({
        message: `document expands to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes through aliases (a YAML alias bomb?)`,
      });
    }
    value = cloneTree(value);
  }
  if (MAY_HAVE_NON_FINITE.test(text)) checkFinite(value);
  return value;
}

function loadDocuments(text: string): unknown[] {
  // js-yaml's `load` refuses empty sources; loadAll returns [] for them.
  return loadAll(text, { schema: KUBERNETES_SCHEMA, json: true, maxDepth: MAX_DEPTH }) as unknown[];
}

/** A deep copy in which no two places share an object (structuredClone keeps sharing). */
function cloneTree(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneTree);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const child = cloneTree((value as Record<string, unknown>)[key]);
    if (key === '__proto__') Object.defineProperty(out, key, { value: child, enumerable: true, configurable: true, writable: true });
    else out[key] = child;
  }
  return out;
}

function expandedSize(value: unknown, memo: Map<object, number>): number {
  if (value === null || typeof value !== 'object') return 1;
  const known = memo.get(value);
  if (known !== undefined) return known;
  memo.set(value, 1); // cycles cannot occur in YAML aliases, but stay finite anyway
  let size = 1;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    size += expandedSize(child, memo);
    if (size > MAX_EXPANDED_NODES) break;
  }
  memo.set(value, size);
  return size;
}

function checkFinite(value: unknown, path = ''): void {
  if (value instanceof NonFiniteNumber) {
    throw new YamlDecodeError({
      message: `${path || 'value'} is ${value.source}: Kubernetes cannot convert NaN or infinity to JSON (quote it to keep a string)`,
    });
  }
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (item !== null && typeof item === 'object') checkFinite(item, `${path}/${i}`);
    }
  } else {
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') checkFinite(item, `${path}/${key}`);
    }
  }
}
