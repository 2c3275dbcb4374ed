// tollgate's public API: the pipeline the CLI, the Argo CD plugin and the
// GitHub Action are thin front doors to.
export { render } from './render/index.js';
export type { RenderOptions, RenderResult, RendererKind } from './render/index.js';
export { parseManifestStream } from './manifest/parse.js';
export { decodeDocument } from './manifest/k8s-yaml.js';
export { toYamlStream, toJsonLines, toYaml } from './manifest/emit.js';
export { locateField } from './manifest/resource.js';
export type { KubeObject, Resource, SourceLocation, SourceLine } from './manifest/resource.js';
export { TollgateError, formatError } from './errors.js';
export { VERSION } from './version.js';
export { analyzeApp } from './analyze.js';
export type { AnalyzeOptions, AppAnalysis } from './analyze.js';
export { estimateCosts, totalCost, cents } from './cost/estimate.js';
export type { CostEstimate } from './cost/estimate.js';
export { Prices } from './cost/prices.js';
export { annotate, costAnnotations } from './enrich/annotate.js';
export { reportJson } from './report/json.js';
export { RULES, evaluatePolicy } from './policy/engine.js';
export type { Rule } from './policy/rule.js';
export type { Finding } from './policy/finding.js';
export { defaultConfig, loadConfig } from './config/load.js';
export { PARAMETERS as PLUGIN_PARAMETERS, announcements as pluginParameterAnnouncements } from './argocd/parameters.js';
