// A finding: one rule's verdict on one place, with its level and source line.
import type { SourceLine } from '../manifest/resource.js';

export type FindingLevel = 'error' | 'warning' | 'info';

export interface Suppression {
  by: 'exception' | 'annotation';
  reason: string;
  expires?: string;
}

export interface Finding {
  rule: string;
  level: FindingLevel;
  message: string;
  /** JSON pointer inside the resource, when the finding is about a field. */
  path?: string;
  source?: SourceLine;
  suppressed: Suppression | null;
  /** With a base: whether the base did not have this finding. */
  isNew?: boolean;
}

const ORDER: Record<string, number> = { error: 3, warning: 2, info: 1, never: 4 };

/** Whether an unsuppressed finding at `level` fails a gate set to `failOn`. */
export function failsGate(level: FindingLevel, failOn: 'error' | 'warning' | 'never'): boolean {
  return failOn !== 'never' && ORDER[level] >= ORDER[failOn];
}
