// The unit every analysis works on: one Kubernetes object as it will be
// applied, plus where it came from.

export type KubeObject = Record<string, unknown> & {
  apiVersion?: string;
  kind?: string;
  metadata?: KubeMetadata;
};

export interface KubeMetadata {
  name?: string;
  generateName?: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [key: string]: unknown;
}

/** Where a resource is written: repo-relative file, first and last line. */
export interface SourceLocation {
  file: string;
  line: number;
  endLine: number;
}

/** Where one field is written. */
export interface SourceLine {
  file: string;
  line: number;
}

export interface Locator {
  /** The file and line that set the field at `pointer` (RFC 6901), or undefined if unknown. */
  locate(pointer: string): SourceLine | undefined;
}

export interface Resource {
  object: KubeObject;
  source?: SourceLocation;
  locator?: Locator;
}

export function locateField(resource: Resource, pointer: string): SourceLine | undefined {
  return resource.locator?.locate(pointer) ?? (resource.source ? { file: resource.source.file, line: resource.source.line } : undefined);
}

export function resourceId(object: KubeObject): string {
  const ns = object.metadata?.namespace;
  return `${object.kind ?? '?'}/${ns ? `${ns}/` : ''}${object.metadata?.name ?? object.metadata?.generateName ?? '?'}`;
}
