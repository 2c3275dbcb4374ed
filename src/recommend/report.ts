// Recommendations as people and programs read them.
import type { Recommendation } from './recommend.js';
import { formatMoney } from '../report/format.js';
import { cell } from '../report/summary.js';
import { DAY } from './strategy.js';

const change = (from: string | undefined, to: string | null | undefined) => (to === undefined ? undefined : `${from ?? '–'} → ${to === null ? 'none' : to}`);

function containerChanges(c: Recommendation['resources'][number]['containers'][number]): string[] {
  return [
    change(c.current.requests.cpu, c.recommended.requests.cpu) && `cpu request ${change(c.current.requests.cpu, c.recommended.requests.cpu)}`,
    change(c.current.limits.cpu, c.recommended.limits.cpu) && `cpu limit ${change(c.current.limits.cpu, c.recommended.limits.cpu)}`,
    change(c.current.requests.memory, c.recommended.requests.memory) && `memory request ${change(c.current.requests.memory, c.recommended.requests.memory)}`,
    change(c.current.limits.memory, c.recommended.limits.memory) && `memory limit ${change(c.current.limits.memory, c.recommended.limits.memory)}`,
  ].filter((x): x is string => Boolean(x));
}

const savingText = (saving: number, currency: string) => (saving >= 0 ? `saves ${formatMoney(saving, currency)}` : `costs ${formatMoney(-saving, currency)} more`);

export function recommendPretty(rec: Recommendation, appPath: string, currency: string): string {
  const out = [`${appPath}: ${rec.strategy} strategy, ${Math.round(rec.windowSeconds / DAY)}d of usage`, ''];
  for (const r of rec.resources) {
    out.push(`${r.id}: ${formatMoney(r.monthly.current, currency)} → ${formatMoney(r.monthly.recommended, currency)} a month, ${savingText(r.monthly.saving, currency)}`);
    for (const c of r.containers) {
      const changes = containerChanges(c);
      out.push(`  ${c.container}: ${changes.length ? changes.join(', ') : 'no change'}`);
      out.push(`    ${c.reason}${c.pods ? ` (${c.pods} pod${c.pods === 1 ? '' : 's'})` : ''}`);
    }
    if (r.forecast) {
      out.push(`  next month at the current trend: ${formatMoney(r.forecast.monthly, currency)}${r.forecast.overBudget !== undefined ? ` — over the ${formatMoney(r.forecast.overBudget, currency)} workload budget` : ''}`);
    }
    out.push('');
  }
  if (rec.unmatched) out.push(`${rec.unmatched} usage series matched no workload of this app.`);
  out.push(`total: ${savingText(rec.saving, currency)} a month`);
  return `${out.join('\n')}\n`;
}

export function recommendJson(rec: Recommendation, appPath: string, currency: string) {
  return {
    version: 1,
    app: appPath,
    strategy: rec.strategy,
    windowSeconds: rec.windowSeconds,
    currency,
    saving: rec.saving,
    unmatched: rec.unmatched,
    resources: rec.resources.map((r) => ({
      apiVersion: r.resource.object.apiVersion,
      kind: r.resource.object.kind,
      namespace: r.resource.object.metadata?.namespace,
      name: r.resource.object.metadata?.name,
      ...(r.resource.source ? { source: { file: r.resource.source.file, line: r.resource.source.line } } : {}),
      monthly: r.monthly,
      ...(r.forecast ? { forecast: r.forecast } : {}),
      containers: r.containers.map(({ container, current, recommended, pods, samples, status, reason }) => ({ container, status, reason, pods, samples, current, recommended })),
      patch: r.patch,
    })),
  };
}

export function recommendMarkdown(rec: Recommendation, appPath: string, currency: string): string {
  const out = [`### tollgate: right-sizing \`${cell(appPath)}\``, '', `${rec.strategy} strategy over ${Math.round(rec.windowSeconds / DAY)} days of usage: ${savingText(rec.saving, currency)} a month.`, ''];
  out.push('| Workload | Container | Change | Why | Monthly | Saving |', '|---|---|---|---|---:|---:|');
  for (const r of rec.resources) {
    r.containers.forEach((c, i) => {
      const money = i === 0 ? `${formatMoney(r.monthly.current, currency)} → ${formatMoney(r.monthly.recommended, currency)} | ${formatMoney(r.monthly.saving, currency)}` : ' | ';
      out.push(`| ${i === 0 ? cell(r.id) : ''} | ${cell(c.container)} | ${cell(containerChanges(c).join(', ') || 'no change')} | ${cell(c.reason)} | ${money} |`);
    });
  }
  const over = rec.resources.filter((r) => r.forecast?.overBudget !== undefined);
  if (over.length) {
    out.push('', '**Projected over budget next month**', '');
    for (const r of over) out.push(`- ${cell(r.id)}: ${formatMoney(r.forecast!.monthly, currency)} (budget ${formatMoney(r.forecast!.overBudget!, currency)})`);
  }
  return `${out.join('\n')}\n`;
}
