// Markdown for pull request comments and job summaries.
import type { AppAnalysis } from '../analyze.js';
import { costRows } from './cost-table.js';
import { formatChange, formatMoney, formatRange } from './format.js';

/** Escapes text for a GFM table cell. */
export function cell(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function reportMarkdown(a: AppAnalysis): string {
  const basis = a.head.config.budgets.basis;
  const out: string[] = [];
  const icon = a.verdict === 'pass' ? '✅' : '❌';
  out.push(`### ${icon} tollgate: \`${a.appPath}\``, '');
  if (a.base) {
    out.push('| App | Baseline | New | Change |', '|---|---:|---:|---:|');
    out.push(
      `| ${cell(a.appPath)} | ${formatMoney(a.base.totals.monthly[basis], a.currency)} | ${formatMoney(a.head.totals.monthly[basis], a.currency)} | ${formatChange(a.base.totals.monthly[basis], a.head.totals.monthly[basis], a.currency)} |`,
    );
  } else {
    out.push('| App | Monthly |', '|---|---:|', `| ${cell(a.appPath)} | ${formatRange(a.head.totals.monthly, a.currency)} |`);
  }
  out.push('');
  if (a.reasons.length) {
    out.push('**Gate failed:**', '', ...a.reasons.map((r) => `- ${cell(r)}`), '');
  }
  const rows = costRows(a);
  if (rows.length) {
    out.push('<details><summary>Cost per resource</summary>', '');
    const withChange = Boolean(a.base);
    out.push(`| Resource | Replicas | CPU/pod | Memory/pod | GPU/pod | Monthly |${withChange ? ' Change |' : ''}`);
    out.push(`|---|---:|---:|---:|---:|---:|${withChange ? '---:|' : ''}`);
    for (const r of rows) {
      const name = r.namespace ? `${r.namespace}/${r.resource}` : r.resource;
      out.push(`| ${cell(name)} | ${r.replicas} | ${r.cpu} | ${r.memory} | ${cell(r.gpu)} | ${r.monthly} |${withChange ? ` ${r.change} |` : ''}`);
    }
    out.push('', '</details>', '');
  }
  out.push(`<sub>Prices: ${a.head.prices.profile} profile, ${a.currency}, ${a.head.prices.hoursPerMonth} hours a month. Ranges come from autoscalers; budgets use the ${basis} figure.</sub>`);
  return `${out.join('\n')}\n`;
}
