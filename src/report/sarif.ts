// SARIF 2.1.0 for GitHub code scanning: repo-relative URIs, regions, rule
// metadata with security-severity, stable partial fingerprints. Suppressed
// findings are left out.
import { createHash } from 'node:crypto';
import type { AppAnalysis } from '../analyze.js';
import { identity } from '../cost/diff.js';
import { RULES } from '../policy/engine.js';
import type { Finding, FindingLevel } from '../policy/finding.js';
import { displayPath } from '../render/paths.js';
import { VERSION } from '../version.js';

const SARIF_LEVEL: Record<FindingLevel, string> = { error: 'error', warning: 'warning', info: 'note' };
const SEVERITY: Record<FindingLevel, string> = { error: '8.0', warning: '5.0', info: '2.0' };

const BUDGET_RULES = [
  { id: 'budget-total', title: 'App within its monthly budget', description: 'The app costs more per month than budgets.total.' },
  { id: 'budget-workload', title: 'Workload within its monthly budget', description: 'A workload costs more per month than budgets.workload.' },
  { id: 'budget-namespace', title: 'Namespace within its monthly budget', description: 'A namespace costs more per month than its budget.' },
  { id: 'budget-increase', title: 'Change within its increase budget', description: 'The change adds more than budgets.increase allows.' },
];

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

export function reportSarif(analyses: AppAnalysis[]) {
  const rules = [
    ...RULES.map((r) => ({ id: r.id, title: r.title, description: r.description, help: `${r.description}\n\nWhy: ${r.rationale}`, level: r.level, tags: r.frameworks })),
    ...BUDGET_RULES.map((r) => ({ ...r, help: r.description, level: 'error' as FindingLevel, tags: ['FinOps'] })),
  ];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: unknown[] = [];
  for (const a of analyses) {
    const add = (f: Finding, resourceId: string, fallbackFile: string | undefined) => {
      if (f.suppressed) return;
      const file = f.source?.file ?? fallbackFile;
      results.push({
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: SARIF_LEVEL[f.level],
        message: { text: f.message },
        locations: file
          ? [{ physicalLocation: { artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' }, region: { startLine: f.source?.line ?? 1 } }, logicalLocations: [{ name: resourceId, kind: 'resource' }] }]
          : [],
        partialFingerprints: { 'tollgate/v1': fingerprint(a.appPath, resourceId, f.rule, f.path ?? '') },
      });
    };
    const configFile = a.head.configFiles.at(-1);
    const appFile = configFile ? displayPath(a.repoRoot, configFile) : a.resources.find((r) => r.resource.source)?.resource.source?.file;
    for (const f of a.findings) add(f, a.appPath, appFile);
    for (const r of a.resources) for (const f of r.findings) add(f, identity(r.resource.object), r.resource.source?.file);
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tollgate',
            version: VERSION,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.description },
              help: { text: r.help },
              defaultConfiguration: { level: SARIF_LEVEL[r.level] },
              properties: { tags: r.tags, 'security-severity': SEVERITY[r.level] },
            })),
          },
        },
        results,
      },
    ],
  };
}
