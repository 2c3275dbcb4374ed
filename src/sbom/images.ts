// Container image references parsed as the Docker reference grammar defines
// them (distribution/reference): an optional registry host (with port), the
// repository path, then `:tag` and/or `@digest`. A bare name lives on Docker
// Hub, one-component names under `library/`.

export interface ImageReference {
  /** As written. */
  original: string;
  /** Registry host with its port, `docker.io` when none is written. */
  registry: string;
  /** The registry's port, when one is written (`localhost:5000` → 5000). */
  port?: number;
  /** Repository path inside the registry (`library/nginx`). */
  repository: string;
  /** The repository without its last component (`library`, `team/sub`; '' for a one-component path). */
  namespace: string;
  tag?: string;
  digest?: string;
  /** `registry/repository`, the fully qualified name without tag or digest. */
  name: string;
}

const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

export class ImageReferenceError extends Error {}

const parsed = new Map<string, ImageReference | ImageReferenceError>();

/** Parses a reference (each distinct one once: rules ask about every container's image). */
export function parseImageReference(reference: string): ImageReference {
  let result = parsed.get(reference);
  if (result === undefined) {
    try {
      result = parseReference(reference);
    } catch (error) {
      if (!(error instanceof ImageReferenceError)) throw error;
      result = error;
    }
    if (parsed.size < 10_000) parsed.set(reference, result);
  }
  if (result instanceof ImageReferenceError) throw result;
  return result;
}

// The common shape, `host.name[:port]/path/name:tag` in lowercase, recognised
// by one scan over the characters (a regular expression for it costs more than
// everything else a policy evaluation does per image). Anything else, or
// anything unusual, goes through the general grammar below.
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWord = (c: number) => isLower(c) || isDigit(c) || (c >= 65 && c <= 90) || c === 95;

/** Adds the port and namespace, derived from registry and repository. */
function withParts(ref: Omit<ImageReference, 'port' | 'namespace'>): ImageReference {
  const colon = ref.registry.lastIndexOf(':');
  const slash = ref.repository.lastIndexOf('/');
  return {
    ...ref,
    ...(colon > 0 ? { port: Number(ref.registry.slice(colon + 1)) } : {}),
    namespace: slash < 0 ? '' : ref.repository.slice(0, slash),
  };
}

function parseSimple(reference: string): ImageReference | undefined {
  const slash = reference.indexOf('/');
  const colon = reference.lastIndexOf(':');
  if (slash <= 0 || colon < slash || reference.length - colon - 1 > 128 || colon === reference.length - 1) return undefined;
  // host: [a-z0-9.-]+ ending in `.letters`, then an optional :port
  let i = 0;
  let lastDot = -1;
  for (; i < slash; i++) {
    const c = reference.charCodeAt(i);
    if (c === 46) lastDot = i;
    else if (c === 58) break;
    else if (!isLower(c) && !isDigit(c) && c !== 45) return undefined;
  }
  if (lastDot <= 0 || lastDot === i - 1) return undefined;
  for (let j = lastDot + 1; j < i; j++) if (!isLower(reference.charCodeAt(j))) return undefined;
  if (i < slash) {
    if (i === slash - 1) return undefined;
    for (let j = i + 1; j < slash; j++) if (!isDigit(reference.charCodeAt(j))) return undefined;
  }
  // path: components of [a-z0-9]+ joined by single separators, split by '/'
  let previous = 47; // '/'
  for (let j = slash + 1; j < colon; j++) {
    const c = reference.charCodeAt(j);
    const alnum = isLower(c) || isDigit(c);
    if (!alnum && (c !== 46 && c !== 95 && c !== 45 && c !== 47)) return undefined;
    if (!alnum && !(isLower(previous) || isDigit(previous))) return undefined;
    previous = c;
  }
  if (!(isLower(previous) || isDigit(previous))) return undefined;
  // tag: [\w][\w.-]*
  if (!isWord(reference.charCodeAt(colon + 1))) return undefined;
  for (let j = colon + 2; j < reference.length; j++) {
    const c = reference.charCodeAt(j);
    if (!isWord(c) && c !== 46 && c !== 45) return undefined;
  }
  const registry = reference.slice(0, slash);
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') return undefined;
  // Built in one literal (no spread): the policy rules parse every container's image.
  const repository = reference.slice(slash + 1, colon);
  const last = repository.lastIndexOf('/');
  const result: ImageReference = { original: reference, registry, repository, namespace: last < 0 ? '' : repository.slice(0, last), tag: reference.slice(colon + 1), digest: undefined, name: reference.slice(0, colon) };
  if (i < slash) result.port = Number(reference.slice(i + 1, slash));
  return result;
}

function parseReference(reference: string): ImageReference {
  return parseSimple(reference) ?? parseByGrammar(reference);
}

/** The general grammar alone (exported for the test that holds the fast scan to it). */
export function parseByGrammar(reference: string): ImageReference {
  let rest = reference.trim();
  if (rest === '' || rest !== reference) throw new ImageReferenceError(`"${reference}" is not an image reference`);
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw new ImageReferenceError(`"${reference}" has an invalid digest`);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw new ImageReferenceError(`"${reference}" has an invalid tag`);
  }
  const parts = rest.split('/');
  let registry = 'docker.io';
  const first = parts[0];
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase())) {
    registry = first;
    parts.shift();
  }
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = 'docker.io';
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
  if (parts.length === 0 || parts.some((p) => !COMPONENT.test(p))) throw new ImageReferenceError(`"${reference}" has an invalid repository name`);
  const repository = parts.join('/');
  return withParts({ original: reference, registry, repository, tag, digest, name: `${registry}/${repository}` });
}
