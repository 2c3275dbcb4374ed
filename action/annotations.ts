// Findings as line annotations: workflow commands (GitHub shows 10 per level
// per step, the rest vanish, so the most severe go first and the overflow is
// counted for the summary) and Checks API annotations (50 per request).
import type { AppAnalysis } from '../src/analyze.js';
import type { FindingLevel } from '../src/policy/finding.js';

export interface LineAnnotation {
  level: FindingLevel;
  /** Repo-relative. */
  file: string;
  line: number;
  title: string;
  message: string;
  isNew: boolean;
}

const ORDER: Record<FindingLevel, number> = { error: 0, warning: 1, info: 2 };
export const PER_LEVEL_LIMIT = 10;

/** Unsuppressed head findings with a source line; new ones first within a level. */
export function lineAnnotations(analyses: AppAnalysis[]): LineAnnotation[] {
  const out: LineAnnotation[] = [];
  for (const a of analyses) {
    for (const r of a.resources) {
      if (r.change === 'removed') continue;
      const o = r.resource.object;
      for (const f of r.findings) {
        if (f.suppressed || !f.source) continue;
        out.push({ level: f.level, file: f.source.file, line: f.source.line, title: `tollgate ${f.rule}: ${o.kind}/${o.metadata?.name ?? ''}`, message: f.message, isNew: f.isNew !== false });
      }
    }
  }
  return out.sort((x, y) => ORDER[x.level] - ORDER[y.level] || Number(y.isNew) - Number(x.isNew));
}

/** The ones a step can show (10 per level), and how many did not fit. */
export function workflowAnnotations(all: LineAnnotation[]): { shown: LineAnnotation[]; overflow: number } {
  const used: Record<FindingLevel, number> = { error: 0, warning: 0, info: 0 };
  const shown: LineAnnotation[] = [];
  for (const a of all) {
    if (used[a.level] >= PER_LEVEL_LIMIT) continue;
    used[a.level]++;
    shown.push(a);
  }
  return { shown, overflow: all.length - shown.length };
}

const CHECK_LEVEL: Record<FindingLevel, 'failure' | 'warning' | 'notice'> = { error: 'failure', warning: 'warning', info: 'notice' };

export function checkRunAnnotations(all: LineAnnotation[]) {
  return all.map((a) => ({ path: a.file, start_line: a.line, end_line: a.line, annotation_level: CHECK_LEVEL[a.level], title: a.title, message: a.message }));
}
