// A rule is data (id, default level, what it checks, why, the frameworks it
// maps to) plus one check function. The engine decides levels, exemptions and
// source lines; a check only says what is wrong and where (a JSON pointer).
import type { TollgateConfig } from '../config/types.js';
import type { KubeObject, Resource } from '../manifest/resource.js';
import type { FindingLevel } from './finding.js';
import type { ContainerAt, PodTemplate } from './podspec.js';

export interface RawFinding {
  message: string;
  /** JSON pointer of the offending field inside the resource. */
  path?: string;
  /** For exception matching on container-level findings. */
  container?: string;
  image?: string;
  /** What a finding is about beyond its place (a CVE id): exceptions may name `<rule>:<subject>`. */
  subject?: string;
}

/** Facts about the whole render that cross-resource rules need. */
export interface RenderIndex {
  resources: Resource[];
  defaultNamespace: string;
  namespaceOf(object: KubeObject): string;
  /** Resources of a kind in a namespace (indexed once per render: rules ask for every pod). */
  inNamespace(kind: string, namespace: string): Resource[];
  /** Minor version of the target Kubernetes (render.kubeVersion / --kube-version), when known. */
  kubeMinor?: number;
  /** Scanner reports given with --scan-results. */
  scanReports: import('./scan-results.js').ScanReport[];
  /** Pod Security admission level a Namespace in the render enforces, if any. */
  enforcedLevel(namespace: string): 'privileged' | 'baseline' | 'restricted' | undefined;
}

export interface RuleContext {
  resource: Resource;
  object: KubeObject;
  namespace: string;
  /** The pod template, for workloads. */
  template?: PodTemplate;
  containers: ContainerAt[];
  config: TollgateConfig;
  index: RenderIndex;
}

export interface Rule {
  id: string;
  level: FindingLevel;
  title: string;
  description: string;
  rationale: string;
  frameworks: string[];
  /** `pod`: runs on workloads with a pod template; `resource`: on every resource. */
  scope: 'pod' | 'resource';
  check(ctx: RuleContext): RawFinding[];
}


