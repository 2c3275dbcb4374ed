import { createRequire as __tollgateCreateRequire } from 'node:module'; const require = __tollgateCreateRequire(import.meta.url);

// src/argocd/parameters.ts
var PARAMETERS = [
  { name: "mode", title: "Mode", tooltip: "annotate: deploy with cost and policy annotations. enforce: refuse to sync (exit 1) when the gate fails. The sidecar may force enforce.", collectionType: "string", string: "annotate", enum: ["annotate", "enforce"] },
  { name: "annotations", title: "Annotations", tooltip: "Which tollgate.dev/* annotations to write: all, findings (no cost figures), none.", collectionType: "string", string: "all", enum: ["all", "findings", "none"] },
  { name: "require-attestation", title: "Require attestation", tooltip: "true refuses to sync (exit 3) unless .tollgate/attestations/<app path>.sigstore.json attests exactly this render, signed by the key or identity the sidecar trusts. The sidecar may require it for every app.", collectionType: "string", string: "false", boolean: true },
  { name: "config", title: "Config file", tooltip: "A .tollgate.yaml to use instead of the nearest one, relative to the app directory; it must stay inside the repository.", collectionType: "string" },
  { name: "renderer", title: "Renderer", tooltip: "auto (Argo CD detection), directory, kustomize or helm.", collectionType: "string", string: "auto", enum: ["auto", "directory", "kustomize", "helm"] },
  { name: "release-name", title: "Helm release name", tooltip: "Default: the Application name without its <namespace>_ prefix, as Argo CD does.", collectionType: "string" },
  { name: "namespace", title: "Namespace", tooltip: "Helm --namespace and the namespace resources without one are counted in. Default: the config's render.namespace, else the destination namespace.", collectionType: "string" },
  { name: "values-files", title: "Helm values files", tooltip: "Values files relative to the app directory; they must stay inside the repository.", collectionType: "array" },
  { name: "values", title: "Helm values (YAML)", tooltip: "Inline values as YAML, applied after the values files (like valuesObject).", collectionType: "string" },
  { name: "helm-parameters", title: "Helm parameters", tooltip: "key \u2192 value, passed as helm --set key=value.", collectionType: "map" },
  { name: "skip-crds", title: "Skip CRDs", tooltip: "true leaves out the chart's crds/ folder.", collectionType: "string", string: "false", boolean: true },
  { name: "kube-version", title: "Kubernetes version", tooltip: "The version Helm templates see. Default: the config, else the cluster (KUBE_VERSION).", collectionType: "string" },
  { name: "api-versions", title: "API versions", tooltip: "Comma-separated API versions Helm templates see. Default: the config, else the cluster (KUBE_API_VERSIONS).", collectionType: "string" },
  { name: "recurse", title: "Recurse", tooltip: "Directory apps: read sub-folders too.", collectionType: "string", string: "false", boolean: true },
  { name: "include", title: "Include", tooltip: "Directory apps: Argo CD's include glob.", collectionType: "string" },
  { name: "exclude", title: "Exclude", tooltip: "Directory apps: Argo CD's exclude glob.", collectionType: "string" },
  { name: "kustomize-images", title: "Kustomize images", tooltip: "Image overrides as kustomize edit set image takes them: name=new:tag, name:tag, name@sha256:\u2026", collectionType: "array" },
  { name: "kustomize-name-prefix", title: "Kustomize name prefix", tooltip: "namePrefix on top of the build.", collectionType: "string" },
  { name: "kustomize-name-suffix", title: "Kustomize name suffix", tooltip: "nameSuffix on top of the build.", collectionType: "string" },
  { name: "kustomize-namespace", title: "Kustomize namespace", tooltip: "namespace on top of the build.", collectionType: "string" },
  { name: "kustomize-common-labels", title: "Kustomize common labels", tooltip: "Labels added to every resource, its selectors and templates.", collectionType: "map" },
  { name: "kustomize-components", title: "Kustomize components", tooltip: "Component directories relative to the app directory, applied on top of the build.", collectionType: "array" }
];
function announcements() {
  return PARAMETERS.map((p) => ({
    name: p.name,
    title: p.title,
    tooltip: p.tooltip,
    ...p.collectionType === "string" ? {} : { collectionType: p.collectionType },
    ...p.string !== void 0 ? { string: p.string } : {}
  }));
}
function paramEnvName(name) {
  return `PARAM_${name.toUpperCase().replace(/[^A-Z0-9_]/g, "_")}`;
}

export {
  PARAMETERS,
  announcements,
  paramEnvName
};
