// One app, end to end: config → render → cost → budgets → verdict, and the
// same for a base when one is given. The front doors (CLI, plugin, Action)
// call this and only format what it returns.
import { relative, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { findConfigFile, loadConfig, loadPricesFile } from './config/load.js';
import { loadYamlLib } from './config/yaml-lib.js';
import { parseScanReport, type ScanReport } from './policy/scan-results.js';
import type { TollgateConfig } from './config/types.js';
import { budgetFindings } from './cost/budgets.js';
import { canonicalJson, identity, pairResources, type Change } from './cost/diff.js';
import { estimateCosts, totalCost, type CostEstimate, type CostTotals } from './cost/estimate.js';
import { Prices, type PriceProfile, type PricesFile } from './cost/prices.js';
import { TollgateError } from './errors.js';
import { resourceId, type Resource } from './manifest/resource.js';
import { failsGate, type Finding } from './policy/finding.js';
import { evaluatePolicy, policyClock } from './policy/engine.js';
import { locateApp, render, type RenderOptions, type RenderResult } from './render/index.js';
import { realPathInside } from './render/paths.js';
import { withGitWorktree } from './git/worktree.js';

export interface AnalyzeOptions extends RenderOptions {
  configFile?: string;
  pricesFile?: string;
  priceProfile?: PriceProfile;
  /** Compare against the same app rendered from this directory. */
  basePath?: string;
  /** The repo root of basePath's checkout (a worktree of the base), when it is not the head's. */
  baseRepoRoot?: string;
  /** Compare against the app as it is at this git ref. */
  baseRef?: string;
  cwd?: string;
  /** Trivy or Grype JSON reports of the images. */
  scanResults?: string[];
  /** Overrides policy.failOn of the config. */
  failOn?: 'error' | 'warning' | 'never';
}

export interface ResolvedFinding {
  /** `Kind/namespace/name`. */
  resource: string;
  rule: string;
  level: Finding['level'];
  message: string;
}

export interface ResourceResult {
  resource: Resource;
  cost?: CostEstimate;
  baseCost?: CostEstimate;
  change?: Change;
  findings: Finding[];
}

export interface SideAnalysis {
  render: RenderResult;
  config: TollgateConfig;
  configFiles: string[];
  prices: Prices;
  costs: Map<Resource, CostEstimate>;
  totals: CostTotals;
}

export interface AppAnalysis {
  appPath: string;
  renderer: string;
  repoRoot: string;
  currency: string;
  head: SideAnalysis;
  base?: SideAnalysis;
  resources: ResourceResult[];
  /** Findings about the app as a whole (budgets). */
  findings: Finding[];
  /** With a base: whether both sides had identical renders, config and prices (the base was not analysed again). */
  unchanged: boolean;
  /** With a base: unsuppressed base findings the head no longer has (fixed, or dropped by a policy change). */
  resolved: ResolvedFinding[];
  /** The scanner reports given with --scan-results. */
  scanReports: ScanReport[];
  verdict: 'pass' | 'fail';
  reasons: string[];
  warnings: string[];
}

const WORKLOAD_KINDS = new Set(['Pod', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController', 'Job', 'CronJob', 'Rollout']);

/** Render options with the config's pinned `render:` settings filling what flags left open. */
function withPinnedRender(options: RenderOptions, config: TollgateConfig, appDir: string): RenderOptions {
  const pinned = config.render ?? {};
  return {
    ...options,
    renderer: options.renderer && options.renderer !== 'auto' ? options.renderer : pinned.renderer ?? options.renderer,
    release: options.release ?? pinned.releaseName,
    namespace: options.namespace ?? pinned.namespace ?? options.cluster?.namespace,
    kubeVersion: options.kubeVersion ?? pinned.kubeVersion ?? options.cluster?.kubeVersion,
    apiVersions: options.apiVersions?.length ? options.apiVersions : pinned.apiVersions ?? options.cluster?.apiVersions,
    valuesFiles: options.valuesFiles?.length ? options.valuesFiles : pinned.valuesFiles?.map((f) => resolve(appDir, f)),
    recurse: options.recurse || pinned.recurse,
    include: options.include ?? pinned.include,
    exclude: options.exclude ?? pinned.exclude,
  };
}

function pricesFor(config: TollgateConfig, options: AnalyzeOptions, repoRoot: string): { prices: Prices; files: string[] } {
  const profile = options.priceProfile ?? config.prices.profile;
  const { profile: _profile, file, ...inline } = config.prices;
  let user: PricesFile = {};
  const files: string[] = [];
  const mergeIn = (next: PricesFile) => {
    user = {
      ...user,
      ...next,
      gpu: { ...user.gpu, ...next.gpu },
      storage: { ...user.storage, ...next.storage },
      spot: typeof next.spot === 'number' || typeof user.spot === 'number' ? next.spot ?? user.spot : { ...user.spot, ...next.spot },
    };
  };
  if (file) {
    mergeIn(loadPricesFile(file, repoRoot, inline.hoursPerMonth));
    files.push(file);
  }
  mergeIn(inline);
  if (options.pricesFile) {
    const path = realPathInside(repoRoot, resolve(options.cwd ?? process.cwd(), options.pricesFile), 'prices file', options.pricesFile);
    mergeIn(loadPricesFile(path, repoRoot, user.hoursPerMonth));
    files.push(path);
  }
  return { prices: new Prices(profile, user), files };
}

/** One side before costs: its config, prices and render. */
type RenderedSide = Omit<SideAnalysis, 'costs' | 'totals'> & { defaultNamespace?: string };

async function renderSide(options: AnalyzeOptions): Promise<RenderedSide> {
  const { appDir, repoRoot } = locateApp(options.path, options.repoRoot);
  const adminFloor = (options.env ?? process.env).TOLLGATE_ADMIN_CONFIG;
  if (options.configFile || options.pricesFile || adminFloor || findConfigFile(appDir, repoRoot)) await loadYamlLib();
  const { config, files, warnings: configWarnings } = loadConfig({
    appDir,
    repoRoot,
    explicit: options.configFile,
    cwd: options.cwd,
    adminFloor: (options.env ?? process.env).TOLLGATE_ADMIN_CONFIG || undefined,
  });
  const { prices, files: priceFiles } = pricesFor(config, options, repoRoot);
  const renderOptions = withPinnedRender({ ...options, repoRoot }, config, appDir);
  renderOptions.skipFiles = [...(options.skipFiles ?? []), ...files, ...priceFiles];
  const rendered = await render(renderOptions);
  rendered.warnings.push(...configWarnings);
  return { render: rendered, config, configFiles: files, prices, defaultNamespace: renderOptions.namespace };
}

function costSide(side: RenderedSide): SideAnalysis {
  const costs = estimateCosts(side.render.resources, {
    prices: side.prices,
    assumptions: side.config.assumptions,
    workloadKinds: side.config.workloadKinds,
    defaultNamespace: side.defaultNamespace,
  });
  return { ...side, costs, totals: totalCost(costs.values()) };
}

/** Whether two sides render the same objects in the same order under the same config and prices. */
function sameInputs(a: RenderedSide, b: RenderedSide, textOf: (r: Resource) => string): boolean {
  if (a.render.resources.length !== b.render.resources.length) return false;
  if (canonicalJson(a.config) !== canonicalJson(b.config) || canonicalJson(a.prices) !== canonicalJson(b.prices)) return false;
  return a.render.resources.every((r, i) => textOf(r) === textOf(b.render.resources[i]));
}

/** The base side when it equals the head: the head's costs, keyed by the base's own resources. */
function sameAsHead(base: RenderedSide, head: SideAnalysis): SideAnalysis {
  const costs = new Map<Resource, CostEstimate>();
  base.render.resources.forEach((r, i) => {
    const cost = head.costs.get(head.render.resources[i]);
    if (cost) costs.set(r, cost);
  });
  return { ...base, costs, totals: head.totals };
}

function loadScanReport(path: string, shown: string): ScanReport {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TollgateError('input', code ? `cannot read --scan-results ${shown}: ${code}` : `--scan-results ${shown} is not JSON: ${(error as Error).message}`, { file: shown });
  }
  try {
    return parseScanReport(json, shown);
  } catch (error) {
    throw new TollgateError('input', `--scan-results ${shown} ${(error as Error).message}`, { file: shown, hint: 'give trivy image -f json or grype -o json output' });
  }
}

const findingKey = (resourceId: string, f: Finding) => `${resourceId}|${f.rule}|${f.path ?? ''}`;

export async function analyzeApp(options: AnalyzeOptions): Promise<AppAnalysis> {
  const head = costSide(await renderSide(options));
  let baseRendered: RenderedSide | undefined;
  if (options.basePath) {
    // A config file named for the head is read from the base's own checkout.
    const headRoot = head.render.repoRoot;
    const configFile =
      options.configFile && options.baseRepoRoot ? resolve(options.baseRepoRoot, relative(headRoot, resolve(options.cwd ?? process.cwd(), options.configFile))) : options.configFile;
    baseRendered = await renderSide({ ...options, path: options.basePath, repoRoot: options.baseRepoRoot ?? options.repoRoot, configFile, basePath: undefined, baseRef: undefined });
  } else if (options.baseRef) {
    const repoRoot = head.render.repoRoot;
    const appRel = relative(repoRoot, resolve(options.cwd ?? process.cwd(), options.path));
    baseRendered = await withGitWorktree(repoRoot, options.baseRef, options.signal, (tree) =>
      renderSide({
        ...options,
        path: resolve(tree, appRel),
        repoRoot: tree,
        valuesFiles: options.valuesFiles?.map((f) => resolve(tree, relative(repoRoot, resolve(options.cwd ?? process.cwd(), f)))),
        configFile: options.configFile ? resolve(tree, relative(repoRoot, resolve(options.cwd ?? process.cwd(), options.configFile))) : undefined,
        basePath: undefined,
        baseRef: undefined,
      }),
    );
  }
  // Identical inputs on both sides: the base's analysis would repeat the head's, so it is not run.
  // Each resource's canonical text, made once for the comparison of sides and the pairing of resources.
  const texts = new Map<Resource, string>();
  const textOf = (r: Resource) => {
    let text = texts.get(r);
    if (text === undefined) texts.set(r, (text = canonicalJson(r.object)));
    return text;
  };
  const unchanged = baseRendered !== undefined && sameInputs(baseRendered, head, textOf);
  const base = baseRendered && (unchanged ? sameAsHead(baseRendered, head) : costSide(baseRendered));
  if (base && base.prices.currency !== head.prices.currency) {
    throw new TollgateError('config', `the base prices are in ${base.prices.currency} and the head prices in ${head.prices.currency}; they cannot be compared`);
  }

  const defaultNs = options.namespace ?? head.config.render?.namespace ?? options.cluster?.namespace ?? '';
  const results: ResourceResult[] = [];
  if (base) {
    for (const pair of pairResources(base.render.resources, head.render.resources, defaultNs, textOf)) {
      const resource = (pair.head ?? pair.base)!;
      results.push({
        resource,
        cost: pair.head ? head.costs.get(pair.head) : undefined,
        baseCost: pair.base ? base.costs.get(pair.base) : undefined,
        change: pair.change,
        findings: [],
      });
    }
  } else {
    for (const resource of head.render.resources) results.push({ resource, cost: head.costs.get(resource), findings: [] });
  }

  const kubeVersion = options.kubeVersion ?? head.config.render?.kubeVersion ?? options.cluster?.kubeVersion;
  const scanReports = (options.scanResults ?? []).map((file) => loadScanReport(resolve(options.cwd ?? process.cwd(), file), file));
  const policy = evaluatePolicy(head.render.resources, { config: head.config, defaultNamespace: defaultNs, now: policyClock(options.env), kubeVersion, scanReports });
  for (const r of results) {
    if (r.change === 'removed') continue;
    const found = policy.findings.get(r.resource);
    if (found) r.findings = found;
  }
  const resolved: ResolvedFinding[] = [];
  if (base && unchanged) {
    for (const r of results) for (const f of r.findings) f.isNew = false;
  } else if (base) {
    // Each side is checked with its own config, so a policy change shows what it would break and fix.
    const before = evaluatePolicy(base.render.resources, { config: base.config, defaultNamespace: defaultNs, now: policyClock(options.env), kubeVersion, scanReports });
    const seen = new Set<string>();
    for (const [resource, found] of before.findings) for (const f of found) if (!f.suppressed) seen.add(findingKey(identity(resource.object, defaultNs), f));
    const open = new Set<string>();
    for (const r of results) {
      if (r.change === 'removed') continue;
      for (const f of r.findings) {
        const key = findingKey(identity(r.resource.object, defaultNs), f);
        f.isNew = !seen.has(key);
        if (!f.suppressed) open.add(key);
      }
    }
    for (const [resource, found] of before.findings) {
      for (const f of found) {
        if (f.suppressed || open.has(findingKey(identity(resource.object, defaultNs), f))) continue;
        resolved.push({ resource: resourceId(resource.object), rule: f.rule, level: f.level, message: f.message });
      }
    }
  }

  const budgets = budgetFindings({
    budgets: head.config.budgets,
    total: head.totals.monthly,
    base: base ? { total: base.totals.monthly } : undefined,
    resources: results
      .filter((r) => r.cost && r.change !== 'removed')
      .map((r) => ({
        name: `${r.resource.object.kind}/${r.resource.object.metadata?.name}`,
        namespace: r.resource.object.metadata?.namespace ?? defaultNs,
        isWorkload: WORKLOAD_KINDS.has(String(r.resource.object.kind)) || head.config.workloadKinds.some((k) => k.kind === r.resource.object.kind),
        cost: r.cost!,
        key: r,
      })),
  });
  for (const [key, findings] of budgets.perResource) (key as ResourceResult).findings.push(...findings);

  const failOn = options.failOn ?? head.config.policy.failOn;
  head.config.policy.failOn = failOn;
  const failing = budgets.app.filter((f) => !f.suppressed && failsGate(f.level, failOn));
  for (const r of results) for (const f of r.findings) if (!f.suppressed && failsGate(f.level, failOn)) failing.push(f);
  return {
    appPath: head.render.appPath,
    renderer: head.render.renderer,
    repoRoot: head.render.repoRoot,
    currency: head.prices.currency,
    head,
    base,
    resources: results,
    findings: budgets.app,
    unchanged,
    resolved,
    scanReports,
    verdict: failing.length ? 'fail' : 'pass',
    reasons: failing.map((f) => f.message),
    warnings: [...head.render.warnings, ...(base?.render.warnings ?? []), ...policy.warnings],
  };
}
