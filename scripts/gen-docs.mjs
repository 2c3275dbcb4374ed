// Writes the README's generated sections from their sources: the configuration
// reference from src/config/schema.json, the price catalog from
// src/cost/catalog.yaml, the rules reference from the rules' own metadata (via
// the built dist/index.js). `node scripts/gen-docs.mjs --check` exits 1 when
// the README is stale (a test runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = join(root, 'README.md');
const schema = JSON.parse(readFileSync(join(root, 'src/config/schema.json'), 'utf8'));
const catalog = parse(readFileSync(join(root, 'src/cost/catalog.yaml'), 'utf8'));

const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

function typeOf(node) {
  if (node.enum) return node.enum.map((v) => `\`${v}\``).join(' | ');
  if (node.oneOf) return node.oneOf.map(typeOf).join(' or ');
  if (node.type === 'array') return `list of ${node.items ? typeOf(node.items) : 'values'}`;
  if (node.type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object') return `map of ${typeOf(node.additionalProperties)}`;
  return node.type ?? 'any';
}

function configRows(node, path, rows) {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const name = path ? `${path}.${key}` : key;
    const def = child.default !== undefined && !(typeof child.default === 'object' && Object.keys(child.default).length === 0) ? `\`${JSON.stringify(child.default)}\`` : '';
    rows.push(`| \`${name}\` | ${cell(typeOf(child))} | ${def} | ${cell(child.description ?? '')} |`);
    if (child.properties) configRows(child, name, rows);
    if (child.type === 'array' && child.items?.properties) configRows(child.items, `${name}[]`, rows);
  }
  return rows;
}

function configReference() {
  return ['| key | type | default | meaning |', '|---|---|---|---|', ...configRows(schema, '', [])].join('\n');
}

function priceReference() {
  const profiles = Object.entries(catalog.profiles);
  const header = `| figure | ${profiles.map(([name]) => `\`${name}\``).join(' | ')} |`;
  const line = `|---|${profiles.map(() => '---:').join('|')}|`;
  const rows = [];
  const value = (p, key) => {
    const v = p[key];
    if (v === undefined) return '–';
    if (typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k} ${x}`).join(', ');
    return String(v);
  };
  const units = { cpu: 'cpu (per vCPU-hour)', memory: 'memory (per GiB-hour)', spot: 'spot (ratio)', gpuTimeSliceFraction: 'gpuTimeSliceFraction', loadBalancer: 'loadBalancer (per month)', hoursPerMonth: 'hoursPerMonth' };
  for (const key of ['cpu', 'memory', 'spot', 'hoursPerMonth', 'gpuTimeSliceFraction', 'loadBalancer']) {
    rows.push(`| ${units[key]} | ${profiles.map(([, p]) => cell(value(p, key))).join(' | ')} |`);
  }
  const models = [...new Set(profiles.flatMap(([, p]) => Object.keys(p.gpu)))];
  for (const model of models) rows.push(`| gpu \`${model}\` (per GPU-hour) | ${profiles.map(([, p]) => (p.gpu[model] === undefined ? '–' : String(p.gpu[model]))).join(' | ')} |`);
  const classes = [...new Set(profiles.flatMap(([, p]) => Object.keys(p.storage)))];
  for (const sc of classes) rows.push(`| storage \`${sc}\` (per GiB-month) | ${profiles.map(([, p]) => (p.storage[sc] === undefined ? '–' : String(p.storage[sc]))).join(' | ')} |`);
  const sources = profiles.map(([name, p]) => [`**${name}** — ${p.description}.`, '', ...Object.entries(p.sources).map(([k, s]) => `- ${k}: ${s}`)].join('\n'));
  const aliases = Object.entries(catalog.gpuModels).map(([model, names]) => `\`${model}\`: ${names.map((n) => `\`${n}\``).join(', ')}`).join('; ');
  const families = Object.entries(catalog.instanceFamilies).map(([f, m]) => `\`${f}\` → ${m}`).join(', ');
  return [header, line, ...rows, '', 'Sources:', '', ...sources.flatMap((s) => [s, '']), `GPU label spellings: ${aliases}.`, '', `Instance families: ${families}.`].join('\n');
}

async function rulesReference() {
  const { RULES } = await import('../dist/index.js');
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.level} | ${cell(r.description)} | ${cell(r.rationale)} | ${cell(r.frameworks.join(', '))} |`);
  const budget = [
    ['budget-total', 'The app costs more per month than budgets.total.'],
    ['budget-workload', 'A workload costs more per month than budgets.workload.'],
    ['budget-namespace', 'A namespace costs more per month than budgets.namespaces.<ns>.'],
    ['budget-increase', 'A change adds more than budgets.increase (amount or percent) to its base.'],
  ].map(([id, d]) => `| \`${id}\` | error | ${d} | Budgets are kept in Git and reviewed like code. | FinOps |`);
  return ['| rule | default level | checks | why | maps to |', '|---|---|---|---|---|', ...rows, ...budget].join('\n');
}

async function pluginParameters() {
  const { PLUGIN_PARAMETERS } = await import('../dist/index.js');
  const rows = PLUGIN_PARAMETERS.map((p) => `| \`${p.name}\` | ${p.collectionType}${p.enum ? ` (${p.enum.join(' \\| ')})` : p.boolean ? ' (true \\| false)' : ''} | ${p.string === undefined ? '' : `\`${p.string}\``} | ${cell(p.tooltip)} |`);
  return ['| parameter | type | default | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

// plugin/plugin.yaml: the ConfigManagementPlugin, its static parameter announcements from the same list.
async function pluginYaml() {
  const { pluginParameterAnnouncements } = await import('../dist/index.js');
  const { stringify } = await import('yaml');
  const plugin = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'ConfigManagementPlugin',
    metadata: { name: 'tollgate' },
    spec: {
      version: 'v1',
      generate: { command: ['tollgate', 'argocd', 'generate'] },
      parameters: { static: pluginParameterAnnouncements() },
    },
  };
  return [
    '# Generated by scripts/gen-docs.mjs from src/argocd/parameters.ts (npm run docs). Do not edit.',
    '# Mounted at /home/argocd/cmp-server/config/plugin.yaml in the tollgate sidecar.',
    '# No discovery rules on purpose: a plugin with them is asked before Helm and Kustomize for every',
    '# Application without an explicit source type. Applications opt in with `plugin: {name: tollgate-v1}`.',
    stringify(plugin, { lineWidth: 0 }),
  ].join('\n');
}

const sections = { config: configReference(), prices: priceReference(), rules: await rulesReference(), 'plugin-parameters': await pluginParameters() };
// plugin/install/ holds a copy: kustomize reads generator files only from inside the component.
const pluginText = await pluginYaml();
const pluginFiles = ['plugin/plugin.yaml', 'plugin/install/plugin.yaml'].map((path) => {
  let current = '';
  try {
    current = readFileSync(join(root, path), 'utf8');
  } catch {}
  return { path, current };
});
const readme = readFileSync(readmePath, 'utf8');
let next = readme;
for (const [name, body] of Object.entries(sections)) {
  const pattern = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(<!-- /generated:${name} -->)`);
  if (!pattern.test(next)) throw new Error(`README.md has no <!-- generated:${name} --> section`);
  next = next.replace(pattern, (_, open, close) => `${open}${body}\n${close}`);
}
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md is stale: run `npm run docs` and commit it');
    process.exit(1);
  }
  for (const { path, current } of pluginFiles) {
    if (current !== pluginText) {
      console.error(`${path} is stale: run \`npm run docs\` and commit it`);
      process.exit(1);
    }
  }
} else {
  if (next !== readme) writeFileSync(readmePath, next);
  for (const { path, current } of pluginFiles) if (current !== pluginText) writeFileSync(join(root, path), pluginText);
}
