// Human-facing findings reports: grouped by resource for terminals, a table
// for pull requests. Secret values never reach a finding's message, so none
// reach these.
import type { AppAnalysis } from '../analyze.js';
import type { Finding } from '../policy/finding.js';
import { plural } from './format.js';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function findingCounts(a: AppAnalysis) {
  const all = [...a.findings, ...a.resources.flatMap((r) => r.findings)];
  const open = all.filter((f) => !f.suppressed);
  return {
    error: open.filter((f) => f.level === 'error').length,
    warning: open.filter((f) => f.level === 'warning').length,
    info: open.filter((f) => f.level === 'info').length,
    suppressed: all.length - open.length,
  };
}


const COLORS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' } as const;
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

function line(f: Finding, color: boolean): string {
  const where = f.source ? `${f.source.file}:${f.source.line}` : '';
  const suppressed = f.suppressed ? ` [suppressed by ${f.suppressed.by}: ${f.suppressed.reason}${f.suppressed.expires ? `, until ${f.suppressed.expires}` : ''}]` : '';
  const fresh = f.isNew ? ' (new)' : '';
  const level = color && !f.suppressed ? `${COLORS[f.level]}${f.level.padEnd(7)}${RESET}` : f.level.padEnd(7);
  return `  ${level}  ${f.rule.padEnd(25)}  ${where.padEnd(30)}  ${f.message}${fresh}${suppressed}`;
}

export function findingsPretty(a: AppAnalysis, color = false): string {
  const c = findingCounts(a);
  const out = [`${a.appPath} (${a.renderer}): ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info, ${c.suppressed} suppressed`, ''];
  for (const f of a.findings) out.push(line(f, color));
  if (a.findings.length) out.push('');
  for (const r of a.resources) {
    if (!r.findings.length) continue;
    const o = r.resource.object;
    const at = r.resource.source ? ` (${r.resource.source.file}:${r.resource.source.line})` : '';
    const title = `${o.kind}/${o.metadata?.name ?? ''}${o.metadata?.namespace ? ` in ${o.metadata.namespace}` : ''}${at}`;
    out.push(color ? `${BOLD}${title}${RESET}` : title);
    for (const f of [...r.findings].sort((x, y) => ORDER[x.level] - ORDER[y.level])) out.push(line(f, color));
    out.push('');
  }
  const verdict = `verdict: ${a.verdict} (fails on ${a.head.config.policy.failOn})`;
  out.push(color ? `${a.verdict === 'pass' ? '\u001b[32m' : COLORS.error}${verdict}${RESET}` : verdict);
  return `${out.join('\n')}\n`;
}
