// Costs of corpus apps, checked by hand.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeApp } from '../../src/analyze.js';
import { cents } from '../../src/cost/estimate.js';
import { CORPUS, tempDir, vllmChartWithoutDependencies } from '../helpers/env.js';

describe('microservices-demo', () => {
  it('totals $58.61 a month on the opencost profile', async () => {
    const a = await analyzeApp({ path: join(CORPUS, 'microservices-demo'), repoRoot: CORPUS });
    // 12 Deployments, 1 replica each; requests summed from the file:
    // cpu 100+200+100+200+70+300+100+100+100+100+100+100 m = 1.57 cores
    // memory 64+180+64+64+200+256+220+64+64+64+64+64 Mi = 1368 Mi = 1.3359375 GiB
    // 730 × (1.57 × 0.031611 + 1.3359375 × 0.004237) = 40.3614; + one LoadBalancer Service 18.25
    const expected = 730 * (1.57 * 0.031611 + (1368 / 1024) * 0.004237) + 18.25;
    expect(a.head.totals.monthly.min).toBeCloseTo(expected, 9);
    expect(cents(a.head.totals.monthly.min)).toBe(58.61);
    expect(a.findings).toEqual([]); // no budget configured, so no budget finding
  });
});

describe('vLLM GPU values files show the GPU cost', () => {
  async function vllm(values: string) {
    const dir = tempDir();
    const chart = vllmChartWithoutDependencies(dir);
    cpSync(join(CORPUS, values), join(dir, 'values.yaml'));
    return analyzeApp({ path: chart, repoRoot: dir, release: 'vllm', valuesFiles: [join(dir, 'values.yaml')] });
  }

  it('values-01-minimal-example: one engine with 1 GPU at the default $0.95/GPU-hour', async () => {
    const a = await vllm('gpu-inference/values/values-01-minimal-example.yaml');
    const engines = a.resources.filter((r) => (r.cost?.pod?.gpus ?? 0) > 0);
    expect(engines).toHaveLength(1);
    expect(engines[0].cost!.breakdown.gpu).toBeCloseTo(1 * 0.95 * 730, 9);
    expect(a.head.totals.breakdown.gpu).toBeCloseTo(693.5, 9);
  });

  it('values-04-multiple-models: two engines with a GPU each', async () => {
    const a = await vllm('gpu-inference/values/values-04-multiple-models.yaml');
    expect(a.head.totals.breakdown.gpu).toBeCloseTo(2 * 0.95 * 730, 9);
  });

  it('values-25-v100-multi-gpu-tp4: one engine with 4 GPUs', async () => {
    const a = await vllm('gpu-inference/values/values-25-v100-multi-gpu-tp4.yaml');
    expect(a.head.totals.breakdown.gpu).toBeCloseTo(4 * 0.95 * 730, 9);
  });
});
