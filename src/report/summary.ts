// The markdown reviewers read: the Action's job summary and PR comment, and
// `tollgate cost|check --format markdown`. One or more apps: a verdict
// sentence, a cost table, what the change does to findings (a policy change
// included), the top findings, a pie of the new cost, per-resource detail.
import type { AppAnalysis } from '../analyze.js';
import { cents } from '../cost/estimate.js';
import type { Finding } from '../policy/finding.js';
import { costRows } from './cost-table.js';
import { formatChange, formatMoney, plural } from './format.js';

/** Escapes text for a GFM table cell (addTable and friends do not). */
export function cell(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\n', ' ').replaceAll('<', '&lt;');
}

export interface SummaryOptions {
  /** How many findings the top-findings table lists (default 10). */
  findingLimit?: number;
  /** Whether to add the collapsed per-resource cost tables (default true). */
  details?: boolean;
  /** Findings that did not fit in the step's workflow-command annotations. */
  annotationOverflow?: number;
  /** Where the whole report is, for the short version. */
  fullReportUrl?: string;
}

const LEVEL_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };
const CATEGORIES = ['cpu', 'memory', 'gpu', 'storage', 'network'] as const;

const basisOf = (a: AppAnalysis) => a.head.config.budgets.basis;

function totals(analyses: AppAnalysis[]) {
  let before = 0;
  let after = 0;
  for (const a of analyses) {
    after += cents(a.head.totals.monthly[basisOf(a)]);
    if (a.base) before += cents(a.base.totals.monthly[basisOf(a)]);
  }
  return { before, after, withBase: analyses.some((a) => a.base) };
}

function verdictSentence(analyses: AppAnalysis[], currency: string): string {
  const failing = analyses.filter((a) => a.verdict === 'fail');
  const { before, after, withBase } = totals(analyses);
  const apps = plural(analyses.length, 'app');
  const cost = withBase ? `${formatMoney(after, currency)} a month, ${formatChange(before, after, currency)} against the base` : `${formatMoney(after, currency)} a month`;
  return failing.length
    ? `❌ **The gate fails** for ${failing.length === analyses.length && analyses.length === 1 ? `\`${analyses[0].appPath}\`` : `${failing.length} of ${apps}`}: ${cost}.`
    : `✅ **The gate passes** (${apps}): ${cost}.`;
}

function costTable(analyses: AppAnalysis[], currency: string): string[] {
  const out = ['| App | Baseline | New | Change |', '|---|---:|---:|---:|'];
  for (const a of analyses) {
    const basis = basisOf(a);
    const after = a.head.totals.monthly[basis];
    const icon = a.verdict === 'pass' ? '✅' : '❌';
    if (a.base) {
      const before = a.base.totals.monthly[basis];
      out.push(`| ${icon} \`${cell(a.appPath)}\`${a.unchanged ? ' (unchanged)' : ''} | ${formatMoney(before, currency)} | ${formatMoney(after, currency)} | ${formatChange(before, after, currency)} |`);
    } else {
      out.push(`| ${icon} \`${cell(a.appPath)}\` | — | ${formatMoney(after, currency)} | — |`);
    }
  }
  if (analyses.length > 1) {
    const { before, after, withBase } = totals(analyses);
    out.push(`| **Total** | ${withBase ? formatMoney(before, currency) : '—'} | **${formatMoney(after, currency)}** | ${withBase ? formatChange(before, after, currency) : '—'} |`);
  }
  return out;
}

/** Per app with a base: the findings the change adds and the ones it resolves (a policy change shows here). */
function findingChanges(analyses: AppAnalysis[]): string[] {
  const lines: string[] = [];
  for (const a of analyses) {
    if (!a.base || a.unchanged) continue;
    const added = a.resources.flatMap((r) => r.findings).filter((f) => f.isNew && !f.suppressed).length;
    if (added === 0 && a.resolved.length === 0) continue;
    const policyChanged = JSON.stringify(a.base.config.policy) !== JSON.stringify(a.head.config.policy);
    const parts = [added ? `${plural(added, 'new finding')}` : '', a.resolved.length ? `${a.resolved.length} resolved` : ''].filter(Boolean).join(', ');
    lines.push(`- \`${cell(a.appPath)}\`: ${parts}${policyChanged ? ' — the policy in `.tollgate.yaml` changed' : ''}`);
    for (const r of a.resolved.slice(0, 5)) lines.push(`  - resolved: \`${r.rule}\` on ${cell(r.resource)}`);
    if (a.resolved.length > 5) lines.push(`  - …and ${a.resolved.length - 5} more resolved`);
  }
  return lines.length ? ['**What this change does to findings**', '', ...lines, ''] : [];
}

function topFindings(analyses: AppAnalysis[], limit: number): string[] {
  const rows: Array<{ a: AppAnalysis; name: string; f: Finding }> = [];
  for (const a of analyses) {
    for (const f of a.findings) if (!f.suppressed) rows.push({ a, name: '', f });
    for (const r of a.resources) {
      if (r.change === 'removed') continue;
      const name = `${r.resource.object.kind}/${r.resource.object.metadata?.name ?? ''}`;
      for (const f of r.findings) if (!f.suppressed) rows.push({ a, name, f });
    }
  }
  if (!rows.length) return [];
  // New findings first, then by level; the sort is stable, so render order breaks ties.
  rows.sort((x, y) => Number(Boolean(y.f.isNew)) - Number(Boolean(x.f.isNew)) || LEVEL_ORDER[x.f.level] - LEVEL_ORDER[y.f.level]);
  const out = [`**Top findings** (${rows.length} in all)`, '', '| Level | Rule | Resource | Where | Message |', '|---|---|---|---|---|'];
  for (const { a, name, f } of rows.slice(0, limit)) {
    const where = f.source ? `\`${cell(f.source.file)}:${f.source.line}\`` : analyses.length > 1 ? `\`${cell(a.appPath)}\`` : '';
    out.push(`| ${f.level}${f.isNew ? ' (new)' : ''} | \`${f.rule}\` | ${cell(name)} | ${where} | ${cell(f.message)} |`);
  }
  if (rows.length > limit) out.push('', `…and ${rows.length - limit} more.`);
  return [...out, ''];
}

function costPie(analyses: AppAnalysis[], currency: string): string[] {
  const sums = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<(typeof CATEGORIES)[number], number>;
  for (const a of analyses) {
    for (const r of a.resources) {
      if (r.change === 'removed' || !r.cost) continue;
      for (const c of CATEGORIES) sums[c] += r.cost.breakdown[c];
    }
  }
  const slices = CATEGORIES.filter((c) => cents(sums[c]) > 0);
  if (!slices.length) return [];
  return ['```mermaid', `pie showData title New monthly cost by category (${currency})`, ...slices.map((c) => `    "${c}" : ${cents(sums[c]).toFixed(2)}`), '```', ''];
}

function details(a: AppAnalysis): string[] {
  const rows = costRows(a);
  if (!rows.length) return [];
  const withChange = Boolean(a.base);
  const out = [`<details><summary>Cost per resource: <code>${cell(a.appPath)}</code></summary>`, ''];
  out.push(`| Resource | Replicas | CPU/pod | Memory/pod | GPU/pod | Monthly |${withChange ? ' Change |' : ''}`);
  out.push(`|---|---:|---:|---:|---:|---:|${withChange ? '---:|' : ''}`);
  for (const r of rows) {
    const name = r.namespace ? `${r.namespace}/${r.resource}` : r.resource;
    out.push(`| ${cell(name)} | ${r.replicas} | ${r.cpu} | ${r.memory} | ${cell(r.gpu)} | ${r.monthly} |${withChange ? ` ${r.change} |` : ''}`);
  }
  return [...out, '', '</details>', ''];
}

export function summaryMarkdown(analyses: AppAnalysis[], options: SummaryOptions = {}): string {
  if (!analyses.length) return '### tollgate\n\nNo app matched the given paths.\n';
  const currency = analyses[0].currency;
  const out = ['### tollgate', '', verdictSentence(analyses, currency), '', ...costTable(analyses, currency), ''];
  const reasons = analyses.flatMap((a) => a.reasons.map((r) => (analyses.length > 1 ? `\`${cell(a.appPath)}\`: ${cell(r)}` : cell(r))));
  if (reasons.length) {
    out.push('**Why it fails**', '', ...reasons.slice(0, 10).map((r) => `- ${r}`));
    if (reasons.length > 10) out.push(`- …and ${reasons.length - 10} more`);
    out.push('');
  }
  out.push(...findingChanges(analyses));
  out.push(...topFindings(analyses, options.findingLimit ?? 10));
  if (options.annotationOverflow) out.push(`<sub>${plural(options.annotationOverflow, 'finding')} did not fit in this step's line annotations (GitHub shows 10 per level); all are listed in the report and SARIF files.</sub>`, '');
  out.push(...costPie(analyses, currency));
  if (options.details !== false) for (const a of analyses) out.push(...details(a));
  const a = analyses[0];
  out.push(`<sub>Prices: ${a.head.prices.profile} profile, ${currency}, ${a.head.prices.hoursPerMonth} hours a month. Ranges come from autoscalers; budgets and this table use the ${basisOf(a)} figure.</sub>`);
  return `${out.join('\n')}\n`;
}

/**
 * The report within `maxChars`: whole if it fits, then without per-resource
 * detail, then with fewer findings, then the verdict, the table and a link.
 */
export function fitMarkdown(analyses: AppAnalysis[], maxChars: number, options: SummaryOptions = {}): string {
  const attempts: SummaryOptions[] = [options, { ...options, details: false }, { ...options, details: false, findingLimit: 3 }];
  for (const attempt of attempts) {
    const text = summaryMarkdown(analyses, attempt);
    if (text.length <= maxChars) return text;
  }
  const currency = analyses[0]?.currency ?? 'USD';
  const link = options.fullReportUrl ? ` The full report is in [the job summary](${options.fullReportUrl}).` : '';
  const short = ['### tollgate', '', verdictSentence(analyses, currency), '', ...costTable(analyses, currency), '', `<sub>Shortened to fit.${link}</sub>`].join('\n');
  return short.length <= maxChars ? `${short}\n` : `### tollgate\n\n${verdictSentence(analyses, currency)}${link}\n`;
}
