// `tollgate cost` for a terminal: an aligned table with totals.
import type { AppAnalysis } from '../analyze.js';
import { costRows, type CostRow } from './cost-table.js';
import { formatChange, formatRange } from './format.js';

const NUMERIC = new Set(['replicas', 'cpu', 'memory', 'gpu', 'monthly', 'change']);

function table(headers: Array<[keyof CostRow, string]>, rows: CostRow[], footer: Partial<CostRow>): string {
  const all = [Object.fromEntries(headers.map(([k, h]) => [k, h])) as unknown as CostRow, ...rows, footer as CostRow];
  const width = headers.map(([k]) => Math.max(...all.map((r) => (r[k] ?? '').length)));
  return all
    .map((row, i) =>
      headers
        .map(([k], c) => {
          const text = row[k] ?? '';
          const right = NUMERIC.has(k) && i > 0;
          return right ? text.padStart(width[c]) : text.padEnd(width[c]);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function reportPretty(a: AppAnalysis): string {
  const rows = costRows(a);
  const basis = a.head.config.budgets.basis;
  const headers: Array<[keyof CostRow, string]> = [
    ['resource', 'RESOURCE'],
    ...(rows.some((r) => r.namespace) ? ([['namespace', 'NAMESPACE']] as Array<[keyof CostRow, string]>) : []),
    ['replicas', 'REPLICAS'],
    ['cpu', 'CPU/POD'],
    ['memory', 'MEMORY/POD'],
    ['gpu', 'GPU/POD'],
    ['monthly', 'MONTHLY'],
  ];
  const footer: Partial<CostRow> = { resource: 'TOTAL', monthly: formatRange(a.head.totals.monthly, a.currency) };
  if (a.base) {
    headers.push(['change', 'CHANGE']);
    footer.change = formatChange(a.base.totals.monthly[basis], a.head.totals.monthly[basis], a.currency);
  }
  const lines = [
    `${a.appPath} (${a.renderer}), prices: ${a.head.prices.profile}, ${a.currency} per month`,
    '',
    rows.length ? table(headers, rows, footer) : 'no resources with a cost',
    '',
  ];
  if (a.base) lines.push(`base ${formatRange(a.base.totals.monthly, a.currency)} → head ${formatRange(a.head.totals.monthly, a.currency)}`);
  lines.push(`verdict: ${a.verdict}${a.reasons.length ? `\n${a.reasons.map((r) => `  - ${r}`).join('\n')}` : ''}`);
  return `${lines.join('\n')}\n`;
}
