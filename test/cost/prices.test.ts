import { describe, expect, it } from 'vitest';
import { Prices, fromOpenCostPricing, gpuModel, instanceTypeGpuModel, normalizeGpuName } from '../../src/cost/prices.js';

describe('Prices', () => {
  it('profiles carry the catalog figures', () => {
    const opencost = new Prices('opencost');
    expect([opencost.cpu, opencost.memory, opencost.loadBalancer, opencost.hoursPerMonth]).toEqual([0.031611, 0.004237, 18.25, 730]);
    expect(opencost.gpu(undefined)).toEqual({ price: 0.95, key: 'default', from: 'default' });
    expect(new Prices('aws').gpu('nvidia-tesla-t4')).toEqual({ price: 0.526, key: 't4', from: 'catalog' });
    expect(new Prices('gcp').storage('premium-rwo').price).toBe(0.17);
    expect(new Prices('azure').storage(undefined)).toEqual({ price: 0.075, key: 'default', from: 'default' });
  });

  it('GPU label spellings map to catalog models', () => {
    expect(normalizeGpuName('NVIDIA-A100-SXM4-80GB')).toBe('a100sxm480gb');
    expect(gpuModel('NVIDIA-A100-SXM4-80GB')).toBe('a100-80gb');
    expect(gpuModel('nvidia-a100-80gb')).toBe('a100-80gb');
    expect(gpuModel('nvidia-tesla-t4')).toBe('t4');
    expect(gpuModel('nvidia-l4')).toBe('l4');
    expect(gpuModel('nvidia-h100-80gb')).toBe('h100');
    expect(gpuModel('Tesla-T4')).toBe('t4');
    expect(gpuModel('mystery-accelerator')).toBeUndefined();
    expect(instanceTypeGpuModel('p4d.24xlarge')).toBe('a100-40gb');
    expect(instanceTypeGpuModel('g5.2xlarge')).toBe('a10g');
    expect(instanceTypeGpuModel('a2-ultragpu-1g')).toBe('a100-80gb');
    expect(instanceTypeGpuModel('m5.large')).toBeUndefined();
  });

  it("looks up the user's exact key, then the user's keys normalised, then the catalog, then default", () => {
    const prices = new Prices('aws', { gpu: { 'NVIDIA-A100-SXM4-80GB': 2.5, 'nvidia-l4': 0.4, default: 1.1 }, storage: { Fast: 0.3 } });
    expect(prices.gpu('NVIDIA-A100-SXM4-80GB')).toEqual({ price: 2.5, key: 'NVIDIA-A100-SXM4-80GB', from: 'prices file' });
    expect(prices.gpu('NVIDIA-L4')).toEqual({ price: 0.4, key: 'nvidia-l4', from: 'prices file' }); // normalised
    expect(prices.gpu('nvidia-a100-80gb')).toEqual({ price: 2.5, key: 'NVIDIA-A100-SXM4-80GB', from: 'prices file' }); // same model
    expect(prices.gpu('nvidia-tesla-t4')).toEqual({ price: 0.526, key: 't4', from: 'catalog' });
    expect(prices.gpu('unknown-gpu')).toEqual({ price: 1.1, key: 'default', from: 'prices file' });
    expect(prices.storage('fast')).toEqual({ price: 0.3, key: 'Fast', from: 'prices file' });
    expect(prices.storage('gp2')).toEqual({ price: 0.1, key: 'gp2', from: 'catalog' });
  });

  it('spot is a multiplier for all three, or per resource merged over the profile', () => {
    expect(new Prices('opencost', { spot: 0.5 }).spot).toEqual({ cpu: 0.5, memory: 0.5, gpu: 0.5 });
    expect(new Prices('aws', { spot: { gpu: 0.32 } }).spot).toEqual({ cpu: 0.3, memory: 0.3, gpu: 0.32 });
  });

  it("OpenCost custom pricing: strings, storage per GiB-hour, spot prices as ratios", () => {
    const file = fromOpenCostPricing({ CPU: '0.04', RAM: '0.005', GPU: '2.0', spotCPU: '0.01', spotRAM: '0.001', storage: '0.0001' });
    // storage 0.0001/GiB-hour × 730 h; spot 0.01 / 0.04 and 0.001 / 0.005
    expect(file).toEqual({
      cpu: 0.04,
      memory: 0.005,
      gpu: { default: 2 },
      spot: { cpu: expect.closeTo(0.25, 12), memory: expect.closeTo(0.2, 12) },
      storage: { default: expect.closeTo(0.073, 12) },
    });
  });
});
