// Helm charts through the real `helm template`, with the arguments Argo CD
// passes: release name, namespace, values files, --set, kube and API versions,
// --include-crds. Missing dependencies are built in a temporary copy of the
// chart (the user's tree is never written), as Argo CD builds them in its own
// checkout.
import { createHash } from 'node:crypto';
import { escapeRegExp } from '../regexp.js';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { TollgateError } from '../errors.js';
import { decodeDocument } from '../manifest/k8s-yaml.js';
import { parseManifestStream } from '../manifest/parse.js';
import type { Locator, Resource, SourceLine } from '../manifest/resource.js';
import { pointerSegments } from '../manifest/locate.js';
import { lineAt, lineStarts } from '../manifest/stream.js';
import { DEFAULT_MAX_STDOUT_BYTES, execTimeoutMs, runTool } from './exec.js';
import type { RenderOptions } from './options.js';
import { displayPath, realPathInside } from './paths.js';
import { findHelm } from './tools.js';

export interface ChartMetadata {
  name: string;
  version?: string;
  dependencies: Array<{ name: string; version?: string; repository?: string }>;
}

export function readChartMetadata(chartDir: string, display: string): ChartMetadata {
  let chart: Record<string, unknown>;
  try {
    chart = (decodeDocument(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8')) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new TollgateError('input', `cannot read Chart.yaml: ${(error as Error).message}`, { file: `${display}/Chart.yaml` });
  }
  const deps = Array.isArray(chart.dependencies) ? (chart.dependencies as Array<Record<string, unknown>>) : [];
  return {
    name: String(chart.name ?? basename(chartDir)),
    version: chart.version === undefined ? undefined : String(chart.version),
    dependencies: deps.map((d) => ({
      name: String(d.name),
      version: d.version === undefined ? undefined : String(d.version),
      repository: d.repository === undefined ? undefined : String(d.repository),
    })),
  };
}

/** Argo CD's ParseInstanceName: `<namespace>_<name>` → `<name>`. */
export function releaseFromAppName(appName: string | undefined): string | undefined {
  if (!appName) return undefined;
  const at = appName.indexOf('_');
  return at >= 0 ? appName.slice(at + 1) : appName;
}

const VALUES_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

function resolveValuesFiles(options: RenderOptions, repoRoot: string): string[] {
  return (options.valuesFiles ?? []).map((file) => {
    if (VALUES_URL.test(file)) {
      throw new TollgateError('usage', `values file ${file} is a URL; tollgate renders offline from the repository only`, {
        hint: 'commit the values file to the repository and name it by path',
      });
    }
    const absolute = isAbsolute(file) ? file : resolve(options.valuesBase ?? process.cwd(), file);
    return realPathInside(repoRoot, absolute, 'values file', file);
  });
}

const MISSING_DEPENDENCIES = /found in Chart\.yaml, but missing in charts\/ directory: (.+)/;

function helmArgs(release: string, chartDir: string, options: RenderOptions, valuesFiles: string[]): string[] {
  const args = ['template', release, chartDir];
  if (options.namespace) args.push('--namespace', options.namespace);
  for (const file of valuesFiles) args.push('--values', file);
  for (const pair of options.set ?? []) args.push('--set', pair);
  if (options.kubeVersion) args.push('--kube-version', options.kubeVersion);
  for (const api of options.apiVersions ?? []) args.push('--api-versions', api);
  if (!options.skipCrds) args.push('--include-crds');
  return args;
}

function helmEnv(options: RenderOptions): NodeJS.ProcessEnv {
  return { ...(options.env ?? process.env) };
}

export async function renderHelm(
  chartDir: string,
  repoRoot: string,
  options: RenderOptions,
): Promise<{ resources: Resource[]; chart: ChartMetadata; release: string; valuesFiles: string[] }> {
  const display = displayPath(repoRoot, chartDir);
  const chart = readChartMetadata(chartDir, display);
  const valuesFiles = resolveValuesFiles(options, repoRoot);
  const helm = findHelm(options.env);
  const inlineFile = 'values.yaml';
  // Inline values go to a private file of this render, last, so they win as Argo CD's valuesObject does.
  const inline = options.inlineValues !== undefined ? mkdtempSync(join(tmpdir(), 'tollgate-values-')) : undefined;
  if (inline) {
    writeFileSync(join(inline, inlineFile), options.inlineValues!, { mode: 0o600 });
  }
  const release = options.release || releaseFromAppName(options.appName) || chart.name;
  const recordedValues = [
    ...valuesFiles.map((file) => displayPath(repoRoot, file)),
    ...(options.inlineValues !== undefined ? [`inline:sha256:${createHash('sha256').update(options.inlineValues).digest('hex')}`] : []),
  ];
  try {
    const files = inline ? [...valuesFiles, join(inline, inlineFile)] : valuesFiles;
    return { ...(await renderChart(chartDir, repoRoot, options, chart, files, helm, display, release)), release, valuesFiles: recordedValues };
  } catch (error) {
    if (inline && error instanceof TollgateError) error.message = error.message.split(join(inline, inlineFile)).join('the inline values');
    throw error;
  } finally {
    if (inline) rmSync(inline, { recursive: true, force: true });
  }
}

async function renderChart(
  chartDir: string,
  repoRoot: string,
  options: RenderOptions,
  chart: ChartMetadata,
  valuesFiles: string[],
  helm: ReturnType<typeof findHelm>,
  display: string,
  release: string,
): Promise<{ resources: Resource[]; chart: ChartMetadata }> {
  const timeoutMs = execTimeoutMs(options.env);
  const run = (dir: string) =>
    runTool(helm.binary, helmArgs(release, dir, options, valuesFiles), {
      timeoutMs,
      env: helmEnv(options),
      signal: options.signal,
      display: 'helm template',
      maxStdoutBytes: DEFAULT_MAX_STDOUT_BYTES,
    });

  let result = await run(chartDir);
  let scratch: string | undefined;
  try {
    const missing = MISSING_DEPENDENCIES.exec(result.stderr);
    if (result.exitCode !== 0 && missing) {
      const needed = chart.dependencies.filter((d) => missing[1].split(/,\s*/).includes(d.name));
      const listed = (needed.length ? needed : missing[1].split(/,\s*/).map((name) => ({ name, version: undefined, repository: undefined })))
        .map((d) => `${d.name}${d.version ? ` ${d.version}` : ''}${d.repository ? ` from ${d.repository}` : ''}`)
        .join(', ');
      const advice = `run \`helm dependency build ${display}\` where the chart repositories are reachable and commit ${display}/charts/, or vendor the charts there`;
      if (options.dependencyBuild === false) {
        throw new TollgateError('render', `chart ${chart.name} is missing dependencies in ${display}/charts/: ${listed}`, { file: `${display}/Chart.yaml`, hint: advice });
      }
      scratch = mkdtempSync(join(tmpdir(), 'tollgate-chart-'));
      const copy = join(scratch, basename(chartDir));
      cpSync(chartDir, copy, { recursive: true, dereference: false });
      // helm writes charts/ and Chart.lock into the copy, even when the source is read-only.
      for (const dir of [copy, join(copy, 'charts')]) if (existsSync(dir)) chmodSync(dir, 0o755);
      if (existsSync(join(copy, 'Chart.lock'))) chmodSync(join(copy, 'Chart.lock'), 0o644);
      const build = await runTool(helm.binary, ['dependency', 'build', copy], {
        timeoutMs,
        env: helmEnv(options),
        signal: options.signal,
        display: 'helm dependency build',
      });
      if (build.exitCode !== 0) {
        throw new TollgateError('render', `chart ${chart.name} is missing dependencies in ${display}/charts/ and \`helm dependency build\` could not fetch them: ${listed}`, {
          file: `${display}/Chart.yaml`,
          hint: `${advice} (helm said: ${lastLine(build.stderr)})`,
        });
      }
      result = await run(copy);
    }
    if (result.exitCode !== 0) {
      throw new TollgateError('render', `helm template failed: ${cleanHelmError(result.stderr)}`, { file: `${display}/Chart.yaml` });
    }
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  const resources = parseManifestStream(result.stdout, `${display} (helm template)`);
  attachTemplateSources(resources, result.stdout, chartDir, repoRoot, chart.name);
  return { resources, chart };
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}

function cleanHelmError(stderr: string): string {
  return stderr.trim().replace(/^Error: /, '').split('\n').slice(0, 5).join(' ') || 'no error message';
}

/**
 * `helm template` prefixes each document with `# Source: <chart>/templates/x.yaml`.
 * Every resource points at its template file; a field points at the line of
 * the template where its key path can be found.
 */
function attachTemplateSources(resources: Resource[], stream: string, chartDir: string, repoRoot: string, chartName: string): void {
  const pattern = /^# Source: (.+)$/gm;
  let match: RegExpExecArray | null;
  const marks: Array<{ at: number; source: string }> = [];
  while ((match = pattern.exec(stream))) marks.push({ at: match.index, source: match[1].trim() });
  // Map each resource's stream line (from parseManifestStream) to the last `# Source:` before it.
  const starts = lineStarts(stream);
  const lineOfMark = marks.map((m) => lineAt(starts, m.at));
  for (const resource of resources) {
    const line = resource.source?.line ?? 0;
    let source: string | undefined;
    for (let i = 0; i < marks.length && lineOfMark[i] <= line; i++) source = marks[i].source;
    if (!source) {
      resource.source = undefined;
      continue;
    }
    // `<chart>/templates/x.yaml` is relative to the chart's parent directory.
    const relInChart = source.startsWith(`${chartName}/`) ? source.slice(chartName.length + 1) : source;
    const file = displayPath(repoRoot, join(chartDir, relInChart));
    const template = readTemplate(join(chartDir, relInChart));
    const kind = resource.object.kind;
    const start = template ? findLine(template, new RegExp(`^\\s*kind:\\s*["']?${kind}["']?\\s*$`)) ?? 1 : 1;
    resource.source = { file, line: start, endLine: template ? template.length : start };
    resource.locator = new TemplateLocator(file, template, start);
  }
}

function readTemplate(path: string): string[] | undefined {
  try {
    return readFileSync(path, 'utf8').split('\n');
  } catch {
    return undefined;
  }
}

function findLine(lines: string[], pattern: RegExp, from = 0): number | undefined {
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i])) return i + 1;
  return undefined;
}

/** Finds a field in a template by walking its key path down the file in order. */
class TemplateLocator implements Locator {
  constructor(
    private readonly file: string,
    private readonly lines: string[] | undefined,
    private readonly start: number,
  ) {}

  locate(pointer: string): SourceLine | undefined {
    if (!this.lines) return { file: this.file, line: this.start };
    let line = this.start;
    for (const segment of pointerSegments(pointer)) {
      if (/^\d+$/.test(segment)) continue;
      const found = findLine(this.lines, new RegExp(`^\\s*(- )?["']?${escapeRegExp(segment)}["']?\\s*:`), line - 1);
      if (found === undefined) break;
      line = found;
    }
    return { file: this.file, line };
  }
}
