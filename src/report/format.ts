// Number formats shared by the human-facing reports.
import { cents } from '../cost/estimate.js';

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatMoney(value: number, currency: string): string {
  const rounded = cents(value);
  const text = Math.abs(rounded).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const sign = rounded < 0 ? '-' : '';
  return currency === 'USD' ? `${sign}$${text}` : `${sign}${text} ${currency}`;
}

export function formatRange(range: { min: number; max: number }, currency: string): string {
  const min = formatMoney(range.min, currency);
  const max = formatMoney(range.max, currency);
  return min === max ? min : `${min}–${max}`;
}

/** `+$43.80 (+100%)`; the percent is left out when there was nothing before. */
export function formatChange(before: number, after: number, currency: string): string {
  const delta = cents(after) - cents(before);
  const sign = delta > 0 ? '+' : '';
  const money = `${sign}${formatMoney(delta, currency)}`;
  if (cents(before) === 0) return money;
  const percent = Math.round((delta / cents(before)) * 1000) / 10;
  return `${money} (${percent > 0 ? '+' : ''}${percent}%)`;
}

/** Decimal without trailing zeros, at most 3 places: 0.5, 1.125, 2. */
export function formatAmount(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
