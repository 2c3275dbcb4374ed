// Prices: a catalog profile with the user's prices file merged over it, and
// the lookups SPEC §4 defines (the user's exact key, then the user's keys
// normalised, then the catalog's, then `default`).
import catalogText from './catalog.yaml?raw';
import { TollgateError } from '../errors.js';
import { decodeDocument } from '../manifest/k8s-yaml.js';

export type PriceProfile = 'opencost' | 'aws' | 'gcp' | 'azure';
export const PRICE_PROFILES: PriceProfile[] = ['opencost', 'aws', 'gcp', 'azure'];

export interface SpotRatios {
  cpu: number;
  memory: number;
  gpu: number;
}

/** The shape of a prices file (and of `prices:` in .tollgate.yaml, less `file`/`profile`). */
export interface PricesFile {
  currency?: string;
  hoursPerMonth?: number;
  cpu?: number;
  memory?: number;
  spot?: number | Partial<SpotRatios>;
  gpu?: Record<string, number>;
  gpuTimeSliceFraction?: number;
  storage?: Record<string, number>;
  loadBalancer?: number;
}

interface CatalogProfile extends Required<Omit<PricesFile, 'spot'>> {
  description: string;
  spot: SpotRatios;
  sources: Record<string, string>;
}

interface Catalog {
  gpuModels: Record<string, string[]>;
  instanceFamilies: Record<string, string>;
  profiles: Record<PriceProfile, CatalogProfile>;
}

let catalog: Catalog | undefined;
export function priceCatalog(): Catalog {
  return (catalog ??= decodeDocument(catalogText) as Catalog);
}

/** Case, a leading "nvidia"/"tesla", and separators do not distinguish GPU names. */
export function normalizeGpuName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^nvidia[-_ ]?/, '')
    .replace(/^tesla[-_ ]?/, '')
    .replace(/[-_. ]/g, '');
}

let aliasIndex: Map<string, string> | undefined;
/** The catalog's canonical model for a GPU label value, if it knows the spelling. */
export function gpuModel(name: string): string | undefined {
  const { gpuModels } = priceCatalog();
  if (!aliasIndex) {
    aliasIndex = new Map();
    for (const [model, aliases] of Object.entries(gpuModels)) {
      aliasIndex.set(normalizeGpuName(model), model);
      for (const alias of aliases) aliasIndex.set(normalizeGpuName(alias), model);
    }
  }
  return aliasIndex.get(normalizeGpuName(name));
}

/** The GPU model of an instance type, by its family (`p4d.24xlarge` → a100-40gb). */
export function instanceTypeGpuModel(instanceType: string): string | undefined {
  const { instanceFamilies } = priceCatalog();
  if (instanceFamilies[instanceType]) return instanceFamilies[instanceType];
  const family = instanceType.split('.')[0];
  if (instanceFamilies[family]) return instanceFamilies[family];
  // GCP names: a2-highgpu-1g → a2-highgpu
  const gcp = instanceType.split('-').slice(0, 2).join('-');
  return instanceFamilies[gcp];
}

export interface PriceLookup {
  price: number;
  /** The key that matched, or "default". */
  key: string;
  from: 'prices file' | 'catalog' | 'default';
}

export class Prices {
  readonly currency: string;
  readonly hoursPerMonth: number;
  readonly cpu: number;
  readonly memory: number;
  readonly spot: SpotRatios;
  readonly gpuTimeSliceFraction: number;
  readonly loadBalancer: number;

  constructor(
    readonly profile: PriceProfile,
    private readonly user: PricesFile = {},
  ) {
    const base = priceCatalog().profiles[profile];
    if (!base) throw new TollgateError('config', `unknown price profile ${JSON.stringify(profile)}`, { hint: `use one of ${PRICE_PROFILES.join(', ')}` });
    this.currency = user.currency ?? base.currency;
    this.hoursPerMonth = user.hoursPerMonth ?? base.hoursPerMonth;
    this.cpu = user.cpu ?? base.cpu;
    this.memory = user.memory ?? base.memory;
    const spot = typeof user.spot === 'number' ? { cpu: user.spot, memory: user.spot, gpu: user.spot } : user.spot ?? {};
    this.spot = { ...base.spot, ...spot };
    this.gpuTimeSliceFraction = user.gpuTimeSliceFraction ?? base.gpuTimeSliceFraction;
    this.loadBalancer = user.loadBalancer ?? base.loadBalancer;
  }

  private get base(): CatalogProfile {
    return priceCatalog().profiles[this.profile];
  }

  /** Per GPU-hour for a GPU type (a label value, or undefined when the pod names none). */
  gpu(type: string | undefined): PriceLookup {
    const user = this.user.gpu ?? {};
    const base = this.base.gpu;
    if (type !== undefined) {
      if (type in user && type !== 'default') return { price: user[type], key: type, from: 'prices file' };
      const normalized = normalizeGpuName(type);
      for (const key of Object.keys(user)) {
        if (key !== 'default' && normalizeGpuName(key) === normalized) return { price: user[key], key, from: 'prices file' };
      }
      const model = gpuModel(type);
      if (model) {
        // The user may price the canonical model, or a spelling of it.
        for (const key of Object.keys(user)) if (key !== 'default' && gpuModel(key) === model) return { price: user[key], key, from: 'prices file' };
        if (model in base) return { price: base[model], key: model, from: 'catalog' };
      }
    }
    if ('default' in user) return { price: user.default, key: 'default', from: 'prices file' };
    return { price: base.default, key: 'default', from: 'default' };
  }

  /** Per GiB-month for a storage class (undefined: the cluster's default class). */
  storage(storageClass: string | undefined): PriceLookup {
    const user = this.user.storage ?? {};
    const base = this.base.storage;
    if (storageClass) {
      if (storageClass in user && storageClass !== 'default') return { price: user[storageClass], key: storageClass, from: 'prices file' };
      const lower = storageClass.toLowerCase();
      for (const key of Object.keys(user)) if (key !== 'default' && key.toLowerCase() === lower) return { price: user[key], key, from: 'prices file' };
      if (storageClass in base) return { price: base[storageClass], key: storageClass, from: 'catalog' };
    }
    if ('default' in user) return { price: user.default, key: 'default', from: 'prices file' };
    return { price: base.default, key: 'default', from: 'default' };
  }

  sources(): Record<string, string> {
    return this.base.sources;
  }
}

/**
 * OpenCost's custom-pricing JSON (string values; storage per GiB-hour; spot
 * prices absolute) as a prices file (storage per GiB-month; spot as ratios).
 */
export function fromOpenCostPricing(json: Record<string, unknown>, hoursPerMonth = 730): PricesFile {
  const number = (key: string): number | undefined => {
    const value = json[key];
    if (value === undefined || value === '') return undefined;
    const n = Number(value);
    if (!Number.isFinite(n)) throw new TollgateError('config', `OpenCost pricing key ${key} is ${JSON.stringify(value)}, not a number`);
    return n;
  };
  const cpu = number('CPU');
  const memory = number('RAM');
  const gpu = number('GPU');
  const spotCPU = number('spotCPU');
  const spotRAM = number('spotRAM');
  const storage = number('storage');
  const out: PricesFile = {};
  if (cpu !== undefined) out.cpu = cpu;
  if (memory !== undefined) out.memory = memory;
  if (gpu !== undefined) out.gpu = { default: gpu };
  const spot: Partial<SpotRatios> = {};
  if (spotCPU !== undefined && cpu) spot.cpu = spotCPU / cpu;
  if (spotRAM !== undefined && memory) spot.memory = spotRAM / memory;
  if (Object.keys(spot).length) out.spot = spot;
  if (storage !== undefined) out.storage = { default: storage * hoursPerMonth };
  return out;
}

export function isOpenCostPricing(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && ('CPU' in value || 'RAM' in value) && !('cpu' in value);
}
