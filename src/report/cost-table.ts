// The rows every human-facing cost report shows: one per costed resource.
import type { AppAnalysis } from '../analyze.js';
import type { CostEstimate } from '../cost/estimate.js';
import { formatAmount, formatChange, formatMoney, formatRange } from './format.js';

export interface CostRow {
  resource: string;
  namespace: string;
  replicas: string;
  cpu: string;
  memory: string;
  gpu: string;
  monthly: string;
  change?: string;
}

function replicasOf(cost: CostEstimate): string {
  if (cost.perRun !== undefined) return 'per run';
  if (!cost.replicas) return '-';
  return cost.replicas.min === cost.replicas.max ? String(cost.replicas.min) : `${cost.replicas.min}–${cost.replicas.max}`;
}

export function costRows(a: AppAnalysis): CostRow[] {
  const basis = a.head.config.budgets.basis;
  const rows: CostRow[] = [];
  for (const r of a.resources) {
    const cost = r.change === 'removed' ? r.baseCost : r.cost;
    if (!cost) continue;
    const o = r.resource.object;
    const pod = cost.pod;
    const row: CostRow = {
      resource: `${o.kind}/${o.metadata?.name ?? ''}`,
      namespace: o.metadata?.namespace ?? '',
      replicas: replicasOf(cost),
      cpu: pod ? formatAmount(pod.cpu) : '-',
      memory: pod ? `${formatAmount(pod.memoryGiB)} GiB` : '-',
      gpu: pod && pod.gpus > 0 ? `${formatAmount(pod.gpus)}${pod.gpuType ? ` ${pod.gpuType}` : ''}` : '-',
      monthly: cost.perRun !== undefined ? `${formatMoney(cost.perRun, a.currency)}/run` : formatRange(cost.monthly, a.currency),
    };
    if (a.base) {
      if (r.change === 'removed') row.change = `removed (${formatChange(cost.monthly[basis], 0, a.currency)})`;
      else if (r.change === 'added') row.change = `added (${formatChange(0, cost.monthly[basis], a.currency)})`;
      else row.change = formatChange(r.baseCost?.monthly[basis] ?? 0, cost.monthly[basis], a.currency);
    }
    rows.push(row);
  }
  return rows;
}
