import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeApp } from '../../analyze.js';
import { TollgateError } from '../../errors.js';
import { usageForApp } from '../../recommend/prometheus.js';
import { recommend } from '../../recommend/recommend.js';
import { recommendJson, recommendMarkdown, recommendPretty } from '../../recommend/report.js';
import { DEFAULT_MIN_SAMPLES, STRATEGY_DEFAULTS, durationSeconds, type StrategyName } from '../../recommend/strategy.js';
import { readUsageFile } from '../../recommend/usage.js';
import { writeRecommendations } from '../../recommend/write.js';
import { ANALYSIS_FLAGS, COMMON_FLAGS, SOURCE_FLAGS, analyzeOptionsFrom, parseCommandArgs } from '../args.js';
import { emitResult, type CliIO } from '../io.js';

export const RECOMMEND_HELP = `Usage: tollgate recommend [PATH] [source flags] (--prometheus URL | --usage FILE) [--window 14d] [--strategy krr|vpa]
                          [--cpu-percentile N] [--memory-buffer N] [--min-samples N] [--format pretty|json|markdown] [--write] [--patch-out DIR]

Right-sizes the app at PATH from observed usage: per container, the current and
recommended requests and limits, the monthly saving priced by the cost engine, why,
and next month's projected cost at the usage trend (flagged over budgets.workload).

  --prometheus URL       read cAdvisor metrics (container_cpu_usage_seconds_total,
                         container_memory_working_set_bytes) from Prometheus's HTTP API
  --usage FILE           or an export: CSV timestamp,namespace,pod,container,cpu_cores,memory_bytes
                         (or a JSON array of such objects)
  --window D             how far back (default 14d); --end TIME ends it (default now)
  --step D               the sampling step for Prometheus (default 5m)
  --strategy krr|vpa     krr (default): cpu = p95, no cpu limit, memory = peak + 15%, floors 10m/100Mi;
                         vpa: cpu = p90 + 15%, memory = p90 of daily peaks over 8d + 15%, floors 25m/250MB
  --cpu-percentile N     override the strategy's percentile
  --memory-buffer N      override the strategy's headroom, percent
  --min-samples N        below this many samples: "not enough data" (default 288, a day of 5m samples)
  --format F             pretty (default), json or markdown
  --patch-out DIR        write one RFC 6902 JSON patch per changed resource there
  --write                edit the source: plain files in place, a Kustomize patch, or Helm values

Pods are matched to workloads by the names their controllers give them; a container an
HPA scales on cpu (or memory) keeps that request.

Exit status: 0 done, 2 usage, config, input, render or Prometheus error.
`;

export async function recommendCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('recommend', argv, {
    ...SOURCE_FLAGS,
    ...ANALYSIS_FLAGS,
    ...COMMON_FLAGS,
    prometheus: { type: 'string' },
    usage: { type: 'string' },
    window: { type: 'string' },
    end: { type: 'string' },
    step: { type: 'string' },
    strategy: { type: 'string' },
    'cpu-percentile': { type: 'string' },
    'memory-buffer': { type: 'string' },
    'min-samples': { type: 'string' },
    format: { type: 'string' },
    write: { type: 'boolean' },
    'patch-out': { type: 'string' },
  });
  if (values.help) {
    io.stdout(RECOMMEND_HELP);
    return 0;
  }
  if (Boolean(values.prometheus) === Boolean(values.usage)) throw new TollgateError('usage', 'give one of --prometheus URL or --usage FILE');
  const strategy = (values.strategy ?? 'krr') as StrategyName;
  if (!(strategy in STRATEGY_DEFAULTS)) throw new TollgateError('usage', `--strategy ${strategy} is not krr or vpa`);
  const format = values.format ?? 'pretty';
  if (!['pretty', 'json', 'markdown'].includes(format)) throw new TollgateError('usage', `--format ${format} is not pretty, json or markdown`);
  const number = (flag: string, fallback: number, min: number, max: number) => {
    const raw = values[flag as keyof typeof values] as string | undefined;
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) throw new TollgateError('usage', `--${flag} ${raw} is not a number from ${min} to ${max}`);
    return n;
  };
  const seconds = (flag: string, fallback: string) => {
    const raw = (values[flag as keyof typeof values] as string | undefined) ?? fallback;
    const s = durationSeconds(raw);
    if (s === undefined) throw new TollgateError('usage', `--${flag} ${raw} is not a duration like 14d, 36h or 5m`);
    return s;
  };
  const defaults = STRATEGY_DEFAULTS[strategy];
  const windowSeconds = seconds('window', '14d');
  const end = values.end ? Date.parse(values.end) / 1000 : Math.floor(Date.now() / 1000);
  if (!Number.isFinite(end)) throw new TollgateError('usage', `--end ${values.end} is not an RFC 3339 time`);
  const options = {
    strategy,
    cpuPercentile: number('cpu-percentile', defaults.cpuPercentile, 1, 100),
    memoryBuffer: number('memory-buffer', defaults.memoryBuffer, 0, 1000),
    minSamples: number('min-samples', DEFAULT_MIN_SAMPLES, 1, 1e9),
    end,
    windowSeconds,
  };
  const analysis = await analyzeApp(analyzeOptionsFrom(values, positionals, io));
  for (const warning of analysis.warnings) io.stderr(`tollgate: warning: ${warning}\n`);
  const started = performance.now();
  const usage = values.usage
    ? readUsageFile(resolve(io.cwd, values.usage), values.usage).filter((u) => u.cpu.some((s) => s.t > end - windowSeconds && s.t <= end) || u.memory.some((s) => s.t > end - windowSeconds && s.t <= end))
    : await usageForApp(analysis, { url: values.prometheus!, end, windowSeconds, stepSeconds: seconds('step', '5m'), signal: io.signal });
  if (values.usage) for (const u of usage) for (const key of ['cpu', 'memory'] as const) u[key] = u[key].filter((s) => s.t > end - windowSeconds && s.t <= end);
  if (io.env.TOLLGATE_DEBUG === '1') io.stderr(`tollgate: usage read in ${Math.round(performance.now() - started)} ms (${usage.length} series)\n`);
  const rec = recommend(analysis, usage, options);
  if (values['patch-out']) {
    const dir = resolve(io.cwd, values['patch-out']);
    mkdirSync(dir, { recursive: true });
    for (const r of rec.resources.filter((x) => x.patch.length)) {
      const o = r.resource.object;
      writeFileSync(join(dir, `${String(o.kind).toLowerCase()}-${o.metadata?.namespace ?? '_'}-${o.metadata?.name}.json`), `${JSON.stringify(r.patch, null, 2)}\n`);
    }
  }
  if (values.write) {
    const written = writeRecommendations(analysis, rec);
    for (const file of written.files) io.stderr(`tollgate: wrote ${file}\n`);
    for (const why of written.skipped) io.stderr(`tollgate: not written: ${why}\n`);
  }
  const text =
    format === 'json'
      ? `${JSON.stringify(recommendJson(rec, analysis.appPath, analysis.currency), null, 2)}\n`
      : format === 'markdown'
        ? recommendMarkdown(rec, analysis.appPath, analysis.currency)
        : recommendPretty(rec, analysis.appPath, analysis.currency);
  emitResult(io, text, values.output);
  return 0;
}
