// How much a container should request, from what it used: robusta-dev/krr's
// simple strategy and the Kubernetes VPA recommender's, with their floors.
import { parseDuration } from '../cost/estimate.js';
import type { Sample } from './usage.js';

export type StrategyName = 'krr' | 'vpa';

export interface StrategyOptions {
  strategy: StrategyName;
  /** CPU percentile (krr default 95, vpa 90). */
  cpuPercentile: number;
  /** Headroom on memory (and, for vpa, cpu), percent (default 15). */
  memoryBuffer: number;
  /** Fewer samples than this: no recommendation. */
  minSamples: number;
}

export const STRATEGY_DEFAULTS: Record<StrategyName, { cpuPercentile: number; memoryBuffer: number; cpuFloor: number; memoryFloor: number }> = {
  // CPU request = p95 of usage, no CPU limit; memory request = limit = peak + 15%; floors 10m / 100Mi.
  krr: { cpuPercentile: 95, memoryBuffer: 15, cpuFloor: 0.01, memoryFloor: 100 * 2 ** 20 },
  // p90 + 15% for CPU; memory from the p90 of daily peaks over the last 8 days + 15%; floors 25m / 250 MB.
  vpa: { cpuPercentile: 90, memoryBuffer: 15, cpuFloor: 0.025, memoryFloor: 250e6 },
};

/** The p-th percentile with linear interpolation between closest ranks (numpy's default, Prometheus's quantile). */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export const DAY = 86_400;

/** Below this many samples a container gets no recommendation: a day of 5-minute samples. */
export const DEFAULT_MIN_SAMPLES = 288;

/** `14d`, or parseDuration's `36h`, `90m`, `1h30m` → seconds; undefined when it is none of those. */
export function durationSeconds(text: string): number | undefined {
  const hours = /^\d+d$/.test(text) ? Number(text.slice(0, -1)) * 24 : parseDuration(text);
  const seconds = hours === undefined ? undefined : Math.round(hours * 3600);
  return seconds && seconds > 0 ? seconds : undefined;
}

/** The highest value of each of the last `days` days before `end`: day k is (end − (k+1)·24h, end − k·24h]. */
export function dailyPeaks(samples: Sample[], end: number, days: number): number[] {
  const peaks = new Map<number, number>();
  for (const s of samples) {
    const day = dayBefore(s.t, end);
    if (day < 0 || day >= days) continue;
    peaks.set(day, Math.max(peaks.get(day) ?? -Infinity, s.v));
  }
  return [...peaks.values()];
}

/** Which day before `end` a time falls in (0: the last 24 hours, end included); -1 after `end`. */
export function dayBefore(t: number, end: number): number {
  return t > end ? -1 : Math.floor((end - t) / DAY);
}

export interface Target {
  /** Cores; undefined when no recommendation. */
  cpu?: number;
  /** Bytes. */
  memory?: number;
}

/** What one pod's container needs, per the strategy; the caller takes the max across pods. */
export function podTarget(cpu: Sample[], memory: Sample[], end: number, options: StrategyOptions): Target {
  const { memoryFloor, cpuFloor } = STRATEGY_DEFAULTS[options.strategy];
  const buffer = 1 + options.memoryBuffer / 100;
  const target: Target = {};
  if (cpu.length) {
    const p = percentile(cpu.map((s) => s.v), options.cpuPercentile);
    target.cpu = Math.max(cpuFloor, options.strategy === 'vpa' ? p * buffer : p);
  }
  if (memory.length) {
    const base = options.strategy === 'vpa' ? percentile(dailyPeaks(memory, end, 8), 90) : Math.max(...memory.map((s) => s.v));
    target.memory = Math.max(memoryFloor, base * buffer);
  }
  return target;
}

/** Kubernetes quantities: millicores rounded up; memory rounded up to whole Mi. */
export function cpuQuantity(cores: number): string {
  const milli = Math.ceil(Math.round(cores * 1e6) / 1e3);
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}

export function memoryQuantity(bytes: number): string {
  return `${Math.ceil(Math.round(bytes) / 2 ** 20)}Mi`;
}
