// Container image references parsed as the Docker reference grammar defines
// them (distribution/reference): an optional registry host (with port), the
// repository path, then `:tag` and/or `@digest`. A bare name lives on Docker
// Hub, one-component names under `library/`.

export interface ImageReference {
  /** As written. */
  original: string;
  /** Registry host, `docker.io` when none is written. */
  registry: string;
  /** Repository path inside the registry (`library/nginx`). */
  repository: string;
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

// The common shape, `host.name[:port]/path/name:tag` in lowercase, parsed without the general grammar.
const SIMPLE = /^([a-z0-9.-]+\.[a-z]+(?::\d+)?)\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*):([\w][\w.-]{0,127})$/;

function parseReference(reference: string): ImageReference {
  const simple = SIMPLE.exec(reference);
  if (simple && simple[1] !== 'index.docker.io' && simple[1] !== 'registry-1.docker.io') {
    return { original: reference, registry: simple[1], repository: simple[2], tag: simple[3], digest: undefined, name: `${simple[1]}/${simple[2]}` };
  }
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
  return { original: reference, registry, repository, tag, digest, name: `${registry}/${repository}` };
}
