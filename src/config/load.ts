// .tollgate.yaml: found, parsed as YAML 1.2 (dates stay strings), merged with
// what it extends, validated against the JSON Schema that ships with tollgate
// (the single source of keys, types and defaults), errors at the key's line.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { validateConfig, validatePrices, type GeneratedValidator } from './validators.generated.js';
import type { Document, LineCounter } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import { TollgateError } from '../errors.js';
import { displayPath, isInside, realPathInside } from '../render/paths.js';
import type { TollgateConfig } from './types.js';
import { fromOpenCostPricing, isOpenCostPricing, type PricesFile } from '../cost/prices.js';

export const CONFIG_FILE_NAMES = ['.tollgate.yaml', '.tollgate.yml'];

// Compiled from schema.json at build time (scripts/gen-validators.mjs): ajv
// would otherwise compile the schema in every process, ~80 ms cold.
const validators = {
  /** Validates without touching the input: the generated code fills in defaults, so it gets a copy. */
  strict: Object.assign((data: unknown) => {
    const ok = validateConfig(structuredClone(data));
    validators.strict.errors = validateConfig.errors;
    return ok;
  }, { errors: null as ErrorObject[] | null | undefined }),
  withDefaults: validateConfig,
  prices: validatePrices,
};

/** The nearest config file from `appDir` up to `repoRoot`. */
export function findConfigFile(appDir: string, repoRoot: string): string | undefined {
  for (let dir = resolve(appDir); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = join(dir, name);
      if (existsSync(file)) return file;
    }
    if (!isInside(repoRoot, dirname(dir)) || dirname(dir) === dir) return undefined;
  }
}

interface ParsedYaml {
  value: unknown;
  doc: Document;
  lines: LineCounter;
}

/** Parses a YAML 1.2 file, errors naming the file and line. */
export function parseYamlFile(file: string, display: string): ParsedYaml {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new TollgateError('config', `cannot read ${display}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: display });
  }
  const { LineCounter, parseDocument } = yamlLib();
  const lines = new LineCounter();
  const doc = parseDocument(text, { version: '1.2', lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const problem = doc.errors[0];
  if (problem) {
    const at = lines.linePos(problem.pos[0]);
    throw new TollgateError('config', problem.message.split('\n')[0], { file: display, line: at.line, column: at.col });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new TollgateError('config', (error as Error).message, { file: display });
  }
  return { value: value ?? {}, doc, lines };
}

/** The line of the node (or, for an unknown key, of the key) an ajv error names. */
function errorLine(parsed: ParsedYaml, error: ErrorObject): number | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  let node: unknown = parsed.doc.contents;
  for (const segment of path) {
    if (isMap(node)) node = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment)?.value;
    else if (isSeq(node)) node = node.items[Number(segment)];
    else break;
  }
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  if (extra !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === extra);
    const key = pair?.key as { range?: [number, number, number] } | undefined;
    if (key?.range) return parsed.lines.linePos(key.range[0]).line;
  }
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return range ? parsed.lines.linePos(range[0]).line : undefined;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1).replaceAll('/', '.') : 'the file';
  const extra = (error.params as { additionalProperty?: string }).additionalProperty;
  if (extra !== undefined) return `unknown key ${where === 'the file' ? '' : `${where}.`}${extra}`;
  if (error.keyword === 'enum') return `${where} must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${where} ${error.message}`;
}

function validate(fn: GeneratedValidator, parsed: ParsedYaml, display: string, hint: string): void {
  if (fn(parsed.value)) return;
  const error = fn.errors![0];
  throw new TollgateError('config', describe(error), { file: display, line: errorLine(parsed, error), hint });
}

type Json = Record<string, unknown>;

/** Objects merge key by key; lists and scalars of the later one replace. */
function merge(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && prev && typeof prev === 'object' && !Array.isArray(prev)
        ? merge(prev as Json, value as Json)
        : value;
  }
  return out;
}

export interface LoadedConfig {
  config: TollgateConfig;
  /** Absolute paths of every config file read, the given one last. */
  files: string[];
}

function loadFile(file: string, repoRoot: string, chain: string[]): { value: Json; files: string[] } {
  const display = displayPath(repoRoot, file);
  if (chain.includes(file)) throw new TollgateError('config', `extends loops back to ${display}`, { file: display });
  const parsed = parseYamlFile(file, display);
  validate(validators.strict, parsed, display, 'see the configuration reference in the README');
  const value = parsed.value as Json;
  // Paths inside a config file are relative to it.
  const prices = value.prices as Json | undefined;
  if (prices && typeof prices.file === 'string') prices.file = resolveInside(repoRoot, dirname(file), prices.file, 'prices file', display);
  let merged: Json = {};
  const files: string[] = [];
  for (const parent of (value.extends as string[] | undefined) ?? []) {
    const parentFile = resolveInside(repoRoot, dirname(file), parent, 'extended config', display);
    const loaded = loadFile(parentFile, repoRoot, [...chain, file]);
    merged = merge(merged, loaded.value);
    files.push(...loaded.files);
  }
  const own = { ...value };
  delete own.extends;
  return { value: merge(merged, own), files: [...files, file] };
}

function resolveInside(repoRoot: string, dir: string, path: string, what: string, display: string): string {
  try {
    return realPathInside(repoRoot, resolve(dir, path), what, path);
  } catch (error) {
    const e = error as TollgateError;
    throw new TollgateError('config', e.message, { file: display, hint: e.hint });
  }
}

const LEVEL_ORDER: Record<string, number> = { off: 0, info: 1, warning: 2, error: 3 };
const FAIL_ORDER: Record<string, number> = { never: 0, error: 1, warning: 2 };

/**
 * The app's config over an admin floor: the app may raise levels, tighten
 * budgets and add what the floor leaves open, never lower a level, loosen a
 * budget, widen the trusted registries, or exempt a rule the floor locks.
 */
export function applyFloor(floor: Json, app: Json, warnings: string[]): Json {
  const merged = merge(floor, app);
  const fp = (floor.policy ?? {}) as Json;
  const ap = (app.policy ?? {}) as Json;
  const policy = (merged.policy ?? {}) as Json;
  const floorRules = (fp.rules ?? {}) as Record<string, string>;
  const appRules = (ap.rules ?? {}) as Record<string, string>;
  const rules: Record<string, string> = { ...floorRules };
  for (const [id, level] of Object.entries(appRules)) {
    rules[id] = floorRules[id] !== undefined && LEVEL_ORDER[level] < LEVEL_ORDER[floorRules[id]] ? floorRules[id] : level;
  }
  policy.rules = rules;
  if (fp.failOn !== undefined && ap.failOn !== undefined) policy.failOn = FAIL_ORDER[ap.failOn as string] >= FAIL_ORDER[fp.failOn as string] ? ap.failOn : fp.failOn;
  const floorRegistries = (fp.trustedRegistries ?? []) as string[];
  if (floorRegistries.length) {
    const narrowed = ((ap.trustedRegistries ?? []) as string[]).filter((r) => floorRegistries.some((f) => r.startsWith(f)));
    policy.trustedRegistries = narrowed.length ? narrowed : floorRegistries;
  }
  for (const key of ['gpuForAll', 'criticalPriorityClasses']) if (Array.isArray(fp[key])) policy[key] = fp[key];
  if (Array.isArray(fp.costLabels) || Array.isArray(ap.costLabels)) policy.costLabels = [...new Set([...((fp.costLabels ?? []) as string[]), ...((ap.costLabels ?? []) as string[])])];
  const locked = new Set((fp.lockedRules ?? []) as string[]);
  policy.lockedRules = [...locked];
  const appExceptions = ((ap.exceptions ?? []) as Array<{ rules: string[] }>).filter((e) => {
    const blocked = e.rules.filter((r) => locked.has(r));
    if (blocked.length) warnings.push(`an exception in the app's config for ${blocked.join(', ')} is ignored: the admin floor locks ${blocked.length > 1 ? 'them' : 'it'}`);
    return blocked.length === 0;
  });
  policy.exceptions = [...((fp.exceptions ?? []) as unknown[]), ...appExceptions];
  const floorAllow = fp.allowAnnotationExemptions;
  const appAllow = ap.allowAnnotationExemptions ?? true;
  if (floorAllow === false || appAllow === false) policy.allowAnnotationExemptions = false;
  else if (Array.isArray(floorAllow)) policy.allowAnnotationExemptions = Array.isArray(appAllow) ? appAllow.filter((r: string) => floorAllow.includes(r)) : floorAllow;
  merged.policy = policy;
  const fb = (floor.budgets ?? {}) as Json;
  const ab = (app.budgets ?? {}) as Json;
  const budgets = (merged.budgets ?? {}) as Json;
  const tighter = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? Math.min(a, b) : (a ?? b));
  for (const key of ['total', 'workload']) budgets[key] = tighter(fb[key], ab[key]);
  if (fb.basis === 'max' || ab.basis === 'max') budgets.basis = 'max';
  const namespaces: Record<string, number> = { ...((fb.namespaces ?? {}) as Record<string, number>) };
  for (const [ns, v] of Object.entries((ab.namespaces ?? {}) as Record<string, number>)) namespaces[ns] = tighter(namespaces[ns], v) as number;
  if (Object.keys(namespaces).length) budgets.namespaces = namespaces;
  const fi = (fb.increase ?? {}) as Json;
  const ai = (ab.increase ?? {}) as Json;
  if (fb.increase || ab.increase) budgets.increase = { amount: tighter(fi.amount, ai.amount), percent: tighter(fi.percent, ai.percent) };
  for (const key of Object.keys(budgets)) if (budgets[key] === undefined) delete budgets[key];
  if (budgets.increase) for (const k of ['amount', 'percent']) if ((budgets.increase as Json)[k] === undefined) delete (budgets.increase as Json)[k];
  merged.budgets = budgets;
  return merged;
}

/**
 * The config for an app: `explicit` (--config) or the nearest .tollgate.yaml,
 * over the admin floor when one is given; the schema's defaults where nothing is set.
 */
export function loadConfig(options: { appDir: string; repoRoot: string; explicit?: string; cwd?: string; adminFloor?: string }): LoadedConfig & { warnings: string[] } {
  let file: string | undefined;
  if (options.explicit) {
    file = resolve(options.cwd ?? process.cwd(), options.explicit);
    if (!existsSync(file)) throw new TollgateError('usage', `--config ${options.explicit} does not exist`);
  } else {
    file = findConfigFile(options.appDir, options.repoRoot);
  }
  const loaded = file ? loadFile(file, options.repoRoot, []) : { value: {}, files: [] };
  const warnings: string[] = [];
  let value = loaded.value;
  if (options.adminFloor) {
    // The floor lives outside the app's repository (mounted by the platform team): its own root.
    const floorFile = resolve(options.adminFloor);
    if (!existsSync(floorFile)) throw new TollgateError('config', `TOLLGATE_ADMIN_CONFIG=${options.adminFloor} does not exist`);
    const floor = loadFile(floorFile, dirname(floorFile), []);
    value = applyFloor(floor.value, value, warnings);
  }
  const config = structuredClone(value);
  validators.withDefaults(config); // already valid: this only fills in defaults
  return { config: config as unknown as TollgateConfig, files: loaded.files, warnings };
}

/**
 * A prices file: the prices-file shape in YAML (or JSON), or OpenCost's
 * custom-pricing JSON, which is converted (storage per GiB-hour → per
 * GiB-month, spot prices → ratios).
 */
export function loadPricesFile(file: string, repoRoot: string, hoursPerMonth = 730): PricesFile {
  const display = displayPath(repoRoot, file);
  const parsed = parseYamlFile(file, display);
  if (isOpenCostPricing(parsed.value)) return fromOpenCostPricing(parsed.value, hoursPerMonth);
  validate(validators.prices, parsed, display, 'a prices file has the keys currency, hoursPerMonth, cpu, memory, spot, gpu, gpuTimeSliceFraction, storage, loadBalancer (or is OpenCost custom-pricing JSON)');
  const value = parsed.value as Json;
  delete value.profile;
  return value as PricesFile;
}

/** The configuration with nothing set: every schema default. */
export function defaultConfig(overrides: Record<string, unknown> = {}): TollgateConfig {
  const config = structuredClone(overrides);
  validators.withDefaults(config);
  return config as unknown as TollgateConfig;
}
