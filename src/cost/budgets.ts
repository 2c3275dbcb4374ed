// Budgets from .tollgate.yaml become findings (level error): the whole app,
// any single workload, a namespace, and what a change adds to its base.
import type { Finding } from '../policy/finding.js';
import type { CostEstimate } from './estimate.js';
import { cents, centsText } from './estimate.js';

export interface Budgets {
  basis: 'min' | 'max';
  total?: number;
  workload?: number;
  namespaces?: Record<string, number>;
  increase?: { amount?: number; percent?: number };
}

const money = centsText;

export interface BudgetInput {
  budgets: Budgets;
  total: { min: number; max: number };
  /** Costed workloads (not PVCs or Services) and every costed resource with its namespace. */
  resources: Array<{ name: string; namespace: string; isWorkload: boolean; cost: CostEstimate; key: unknown }>;
  base?: { total: { min: number; max: number } };
}

export interface BudgetFindings {
  /** App-level findings (total, namespace, increase). */
  app: Finding[];
  /** Findings on single workloads, by the resource key given. */
  perResource: Map<unknown, Finding[]>;
}

export function budgetFindings(input: BudgetInput): BudgetFindings {
  const { budgets } = input;
  const basis = budgets.basis;
  const app: Finding[] = [];
  const perResource = new Map<unknown, Finding[]>();
  const finding = (rule: string, message: string): Finding => ({ rule, level: 'error', message, suppressed: null });

  const total = input.total[basis];
  if (budgets.total !== undefined && cents(total) > budgets.total) {
    app.push(finding('budget-total', `budget-total: ${money(total)} > ${money(budgets.total)}`));
  }
  if (budgets.workload !== undefined) {
    for (const r of input.resources) {
      if (!r.isWorkload) continue;
      const monthly = r.cost.monthly[basis];
      if (cents(monthly) > budgets.workload) {
        const list = perResource.get(r.key) ?? [];
        list.push(finding('budget-workload', `budget-workload: ${r.name} ${money(monthly)} > ${money(budgets.workload)}`));
        perResource.set(r.key, list);
      }
    }
  }
  for (const [namespace, limit] of Object.entries(budgets.namespaces ?? {})) {
    const spent = input.resources.filter((r) => r.namespace === namespace).reduce((s, r) => s + r.cost.monthly[basis], 0);
    if (cents(spent) > limit) app.push(finding('budget-namespace', `budget-namespace: ${namespace} ${money(spent)} > ${money(limit)}`));
  }
  if (input.base && budgets.increase) {
    const before = input.base.total[basis];
    const increase = total - before;
    const { amount, percent } = budgets.increase;
    if (amount !== undefined && cents(increase) > amount) {
      app.push(finding('budget-increase', `budget-increase: +${money(increase)} > +${money(amount)}`));
    } else if (percent !== undefined && before > 0 && (increase / before) * 100 > percent) {
      app.push(finding('budget-increase', `budget-increase: +${((increase / before) * 100).toFixed(1)}% > +${percent}%`));
    }
  }
  return { app, perResource };
}
