// The size budgets of the shared markdown: GitHub rejects a comment over
// 65,536 characters and drops a job summary over 1 MiB whole.
import { describe, expect, it } from 'vitest';
import { analyzeApp } from '../../src/analyze.js';
import { fitMarkdown, summaryMarkdown } from '../../src/report/summary.js';
import { REPO } from '../helpers/env.js';

describe('fitMarkdown', () => {
  it('drops the per-resource detail, then findings, then all but the verdict and the table, with a link', async () => {
    const analysis = await analyzeApp({ path: 'examples/shop', cwd: REPO, env: process.env });
    const full = summaryMarkdown([analysis]);
    expect(fitMarkdown([analysis], full.length)).toBe(full);
    const noDetail = fitMarkdown([analysis], full.length - 1);
    expect(noDetail).not.toContain('<details>');
    expect(noDetail).toContain('**Top findings** (33 in all)');
    const short = fitMarkdown([analysis], 600, { fullReportUrl: 'https://github.com/acme/platform/actions/runs/1' });
    expect(short).toBe(
      '### tollgate\n\n✅ **The gate passes** (1 app): $162.78 a month.\n\n| App | Baseline | New | Change |\n|---|---:|---:|---:|\n| ✅ `examples/shop` | — | $162.78 | — |\n\n<sub>Shortened to fit. The full report is in [the job summary](https://github.com/acme/platform/actions/runs/1).</sub>\n',
    );
    expect(fitMarkdown([analysis], 120)).toBe('### tollgate\n\n✅ **The gate passes** (1 app): $162.78 a month.\n');
  });
});
