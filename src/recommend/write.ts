// `--write`: the recommendations as edits to the app's source, the way its
// renderer reads it. Plain manifests are edited in place (only the resource
// lines change); a Kustomize app gets one strategic-merge patch per resource,
// listed in its kustomization's `patches:`; a Helm chart gets its values edited
// when a template maps a container's resources from values, else a report.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseAllDocuments, parseDocument, stringify } from 'yaml';
import type { AppAnalysis } from '../analyze.js';
import { pointerSegments } from '../manifest/locate.js';
import type { KubeObject } from '../manifest/resource.js';
import type { ContainerRecommendation, Recommendation, ResourceRecommendation } from './recommend.js';
import { editYamlMap, type MapEdit } from './yaml-edit.js';

export interface WriteResult {
  /** Repo-relative files written. */
  files: string[];
  /** What could not be written, and why. */
  skipped: string[];
}

function resourcesEdit(c: ContainerRecommendation): MapEdit {
  const edit: MapEdit = {};
  for (const kind of ['requests', 'limits'] as const) {
    const values = Object.fromEntries(Object.entries(c.recommended[kind]).filter(([, v]) => v !== undefined)) as MapEdit;
    if (Object.keys(values).length) edit[kind] = values;
  }
  return edit;
}

const changed = (r: ResourceRecommendation) => r.patch.length > 0;

/** The document of `object` in a multi-document YAML text: same kind, and the name it was written with. */
function documentIndex(text: string, match: (o: KubeObject) => boolean): number {
  return parseAllDocuments(text).findIndex((d) => !('empty' in d) && match((d.toJS() ?? {}) as KubeObject));
}

function writePlain(analysis: AppAnalysis, recs: ResourceRecommendation[], out: WriteResult): void {
  for (const r of recs.filter(changed)) {
    const source = r.resource.source;
    if (!source) {
      out.skipped.push(`${r.id}: its source file is not known`);
      continue;
    }
    const file = join(analysis.repoRoot, source.file);
    let text = readFileSync(file, 'utf8');
    const o = r.resource.object;
    const index = documentIndex(text, (d) => d.kind === o.kind && d.metadata?.name === o.metadata?.name && (d.metadata?.namespace ?? '') === (o.metadata?.namespace ?? ''));
    if (index < 0) {
      out.skipped.push(`${r.id}: not found in ${source.file} (a List item?)`);
      continue;
    }
    for (const c of r.containers) {
      if (c.status !== 'recommended') continue;
      text = editYamlMap(text, index, pointerSegments(c.pointer), { resources: resourcesEdit(c) });
    }
    writeFileSync(file, text);
    if (!out.files.includes(source.file)) out.files.push(source.file);
  }
}

/** The name a kustomize-built resource has in the file it came from (before prefixes and suffixes). */
function sourceName(analysis: AppAnalysis, r: ResourceRecommendation): string | undefined {
  const file = r.resource.source?.file;
  const built = String(r.resource.object.metadata?.name ?? '');
  if (!file) return undefined;
  const names = parseAllDocuments(readFileSync(join(analysis.repoRoot, file), 'utf8'))
    .map((d) => ('empty' in d ? undefined : (d.toJS() as KubeObject | null)))
    .filter((d): d is KubeObject => Boolean(d) && d!.kind === r.resource.object.kind)
    .map((d) => String(d.metadata?.name ?? ''))
    .filter((n) => n && built.includes(n))
    .sort((a, b) => b.length - a.length);
  return names[0];
}

function writeKustomize(analysis: AppAnalysis, recs: ResourceRecommendation[], out: WriteResult): void {
  const appDir = join(analysis.repoRoot, analysis.appPath);
  const kustomizationName = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].find((n) => existsSync(join(appDir, n)))!;
  const kustomizationFile = join(appDir, kustomizationName);
  const added: string[] = [];
  for (const r of recs.filter(changed)) {
    const o = r.resource.object;
    const name = sourceName(analysis, r) ?? String(o.metadata?.name);
    // A strategic-merge patch: the containers by name, with the new resources (null removes a limit).
    const patch: Record<string, any> = { apiVersion: o.apiVersion, kind: o.kind, metadata: { name } };
    for (const c of r.containers) {
      if (c.status !== 'recommended') continue;
      const segments = pointerSegments(c.pointer);
      const listAt = segments.length - 2;
      let node = patch;
      for (const s of segments.slice(0, listAt)) node = node[s] ??= {};
      const list: Array<Record<string, unknown>> = (node.containers ??= []);
      list.push({ name: c.container, resources: resourcesEdit(c) });
    }
    const fileName = `tollgate-resources-${String(o.kind).toLowerCase()}-${name}.yaml`;
    writeFileSync(join(appDir, fileName), `# Requests and limits from observed usage (tollgate recommend).\n${stringify(patch, { lineWidth: 0 })}`);
    out.files.push(`${analysis.appPath}/${fileName}`);
    added.push(fileName);
  }
  if (!added.length) return;
  let text = readFileSync(kustomizationFile, 'utf8');
  const doc = parseDocument(text);
  const patches = isMap(doc.contents) ? doc.contents.get('patches', true) : undefined;
  const listed = new Set(isSeq(patches) ? (patches.toJSON() as Array<{ path?: string }>).map((p) => p?.path) : []);
  const missing = added.filter((f) => !listed.has(f));
  if (!missing.length) return;
  if (isSeq(patches) && !patches.flow && patches.items.length) {
    const last = patches.items.at(-1) as { range?: [number, number, number] };
    const itemStart = text.lastIndexOf('\n', last.range![0]) + 1;
    const dash = text.slice(itemStart, last.range![0]).replace(/-\s*$/, '');
    const at = text.indexOf('\n', last.range![1] - 1) + 1 || text.length;
    text = `${text.slice(0, at)}${missing.map((f) => `${dash}- path: ${f}\n`).join('')}${text.slice(at)}`;
  } else if (patches === undefined) {
    text = `${text.endsWith('\n') ? text : `${text}\n`}patches:\n${missing.map((f) => `- path: ${f}\n`).join('')}`;
  } else {
    out.skipped.push(`${analysis.appPath}/${kustomizationName}: its patches: list is not a block list; add ${missing.join(', ')} by hand`);
    return;
  }
  writeFileSync(kustomizationFile, text);
  out.files.push(`${analysis.appPath}/${kustomizationName}`);
}

/** `resources: {{ toYaml .Values.x.resources | nindent N }}` in a chart's templates → `x.resources`. */
function valuesMappings(chartDir: string): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ya?ml|tpl)$/.test(entry.name)) {
        for (const m of readFileSync(path, 'utf8').matchAll(/resources:\s*\{\{-?\s*(?:toYaml|include\s+"[^"]+"\s*\(?)\s*\.Values\.([A-Za-z0-9_.]+)/g)) found.add(m[1]);
      }
    }
  };
  if (existsSync(join(chartDir, 'templates'))) walk(join(chartDir, 'templates'));
  return [...found];
}

function writeHelm(analysis: AppAnalysis, recs: ResourceRecommendation[], out: WriteResult): void {
  const wanted = recs.filter(changed);
  if (!wanted.length) return;
  const chartDir = join(analysis.repoRoot, analysis.appPath);
  const mappings = valuesMappings(chartDir);
  const containers = wanted.flatMap((r) => r.containers.filter((c) => c.status === 'recommended'));
  if (mappings.length !== 1 || containers.length !== 1) {
    out.skipped.push(
      mappings.length === 0
        ? `${analysis.appPath}: the chart's templates do not map a container's resources from values; set them in the chart or its values by hand (the JSON patches show what)`
        : `${analysis.appPath}: ${containers.length} containers and ${mappings.length} values keys for resources (${mappings.join(', ')}); which key sizes which container is the chart's to say: apply the JSON patches by hand`,
    );
    return;
  }
  const valuesFiles = analysis.head.render.inputs.valuesFiles?.filter((f) => !f.startsWith('inline:')) ?? [];
  const target = valuesFiles.at(-1) ?? `${analysis.appPath}/values.yaml`;
  const file = join(analysis.repoRoot, target);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const keys = mappings[0].split('.');
  const edit: MapEdit = {};
  let node: MapEdit = edit;
  for (const k of keys.slice(0, -1)) node = node[k] = {};
  node[keys.at(-1)!] = resourcesEdit(containers[0]);
  writeFileSync(file, text.trim() ? editYamlMap(text, 0, [], edit) : stringify(edit));
  out.files.push(target);
}

export function writeRecommendations(analysis: AppAnalysis, rec: Recommendation): WriteResult {
  const out: WriteResult = { files: [], skipped: [] };
  if (analysis.renderer === 'kustomize') writeKustomize(analysis, rec.resources, out);
  else if (analysis.renderer === 'helm') writeHelm(analysis, rec.resources, out);
  else writePlain(analysis, rec.resources, out);
  return out;
}
