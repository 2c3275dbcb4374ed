// The configuration as code sees it after defaults are applied (schema.json is
// the source of truth for keys, types and defaults).
import type { PriceProfile, PricesFile } from '../cost/prices.js';
import type { WorkloadKind } from '../cost/estimate.js';

export type Level = 'error' | 'warning' | 'info' | 'off';

export interface TollgateConfig {
  render?: {
    renderer?: 'auto' | 'directory' | 'kustomize' | 'helm';
    releaseName?: string;
    namespace?: string;
    kubeVersion?: string;
    apiVersions?: string[];
    valuesFiles?: string[];
    recurse?: boolean;
    include?: string;
    exclude?: string;
  };
  prices: PricesFile & { profile: PriceProfile; file?: string };
  assumptions: { daemonSetNodes: number; cronJobDuration: string };
  workloadKinds: WorkloadKind[];
  budgets: {
    basis: 'min' | 'max';
    total?: number;
    workload?: number;
    namespaces?: Record<string, number>;
    increase?: { amount?: number; percent?: number };
  };
  policy: {
    failOn: 'error' | 'warning' | 'never';
    trustedRegistries: string[];
    criticalPriorityClasses: string[];
    gpuForAll: string[];
    costLabels: string[];
    vulnerabilities: { failOn: 'critical' | 'high' | 'medium' | 'low'; ignoreUnfixed: boolean };
    rules: Record<string, Level>;
    allowAnnotationExemptions: boolean | string[];
    lockedRules: string[];
    requireCpuLimits: boolean;
    exceptions: Array<{
      rules: string[];
      match?: { namespace?: string; kind?: string; name?: string; container?: string; image?: string };
      reason: string;
      expires?: string;
    }>;
  };
}
