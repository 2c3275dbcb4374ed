import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../src/cost/quantity.js';

describe('parseQuantity: Kubernetes quantities', () => {
  it.each([
    ['500m', 0.5],
    ['1', 1],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['2.', 2],
    ['100Mi', 100 * 2 ** 20],
    ['0.5Gi', 2 ** 29],
    ['1G', 1e9],
    ['1e3', 1000],
    ['1E-3', 0.001],
    ['128974848', 128974848],
    ['129e6', 129e6],
    ['123Mi', 128974848],
    ['1k', 1000],
    ['250u', 0.00025],
    ['+2', 2],
    ['-1', -1],
  ])('%s → %d', (text, expected) => {
    expect(parseQuantity(text)).toBeCloseTo(expected, 12);
  });

  it('takes JSON numbers as they are (replicas-style integers in quantities)', () => {
    expect(parseQuantity(2)).toBe(2);
  });

  it.each(['', 'abc', '1 Gi', '1GB', '1gi', '1.2.3', 'Mi', ' 1', '1e', '1K', '0x10', null, true])('%j is not a quantity', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });
});
