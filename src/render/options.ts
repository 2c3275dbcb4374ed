import type { Resource } from '../manifest/resource.js';

export type RendererKind = 'directory' | 'kustomize' | 'helm';

/** Everything that decides what an app renders to (SPEC §2 source flags, §3). */
export interface RenderOptions {
  /** The app directory. */
  path: string;
  /** Boundary no file reference may leave; default: enclosing git work tree, else `path`. */
  repoRoot?: string;
  renderer?: RendererKind | 'auto';
  namespace?: string;
  /** Helm release name; default: the Argo CD app name, else the chart name. */
  release?: string;
  /** Argo CD's ARGOCD_APP_NAME (`<namespace>_<name>` outside the control-plane namespace). */
  appName?: string;
  /** Helm values files, absolute or relative to `valuesBase` (default: the process cwd). */
  valuesFiles?: string[];
  valuesBase?: string;
  /** Helm `--set key=value` pairs, passed literally. */
  set?: string[];
  recurse?: boolean;
  include?: string;
  exclude?: string;
  kubeVersion?: string;
  apiVersions?: string[];
  skipCrds?: boolean;
  kustomizeBuildOptions?: string[];
  /** Run `helm dependency build` when a chart's dependencies are missing (default true). */
  dependencyBuild?: boolean;
  /** Helm values as YAML text, applied after the values files (Argo CD's `values`/`valuesObject`). */
  inlineValues?: string;
  /** Edits Argo CD's Kustomize source options make on top of the build. */
  kustomize?: KustomizeEdits;
  /**
   * What the target cluster says (Argo CD's destination namespace, KUBE_VERSION,
   * KUBE_API_VERSIONS): used where neither the flags nor the config's `render:` pin a value.
   */
  cluster?: { namespace?: string; kubeVersion?: string; apiVersions?: string[] };
  /** Absolute paths of files never rendered (the loaded .tollgate.yaml, the prices file). */
  skipFiles?: string[];
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

/** Argo CD's `kustomize:` source options, as plugin parameters give them. */
export interface KustomizeEdits {
  /** `kustomize edit set image` forms: `name=new:tag`, `name:tag`, `name@sha256:…`. */
  images?: string[];
  namePrefix?: string;
  nameSuffix?: string;
  namespace?: string;
  commonLabels?: Record<string, string>;
  /** Component directories, relative to the app directory. */
  components?: string[];
}

/** What a render was made with: the attestation records it, and verification compares it. */
export interface RenderInputs {
  renderer: RendererKind;
  /** Helm: the release name used. */
  releaseName?: string;
  namespace?: string;
  kubeVersion?: string;
  apiVersions?: string[];
  /** Helm values files, repo-relative; inline values as `inline:sha256:<hex>` (their text may hold secrets). */
  valuesFiles?: string[];
  /** Helm `--set` keys (their values are not recorded: they may be secrets). */
  setKeys?: string[];
  kustomize?: KustomizeEdits;
  kustomizeBuildOptions?: string[];
  /** Directory apps. */
  recurse?: boolean;
  include?: string;
  exclude?: string;
}

export interface RenderResult {
  renderer: RendererKind;
  /** The inputs the render was made with. */
  inputs: RenderInputs;
  /** Repo-relative app path. */
  appPath: string;
  repoRoot: string;
  resources: Resource[];
  /** Things worth a line on stderr (skipped files, missing symlink targets). */
  warnings: string[];
  /** The Helm chart, when the source is one. */
  chart?: { name: string; version?: string };
}
