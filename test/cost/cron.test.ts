import { describe, expect, it } from 'vitest';
import { CronError, firingsInYear } from '../../src/cost/cron.js';

describe('firingsInYear: 2025, as the CronJob controller fires', () => {
  it('*/15 in UTC: 4 an hour × 24 × 365 = 35,040', () => {
    expect(firingsInYear('*/15 * * * *')).toBe(35040);
  });

  it('daily at 02:00: 365 in UTC', () => {
    expect(firingsInYear('0 2 * * *')).toBe(365);
  });

  it('daily at 02:30 in Europe/Berlin: skipped on 30 March (02:00→03:00), twice on 26 October (03:00→02:00): 365', () => {
    expect(firingsInYear('30 2 * * *', 'Europe/Berlin')).toBe(365 - 1 + 1);
  });

  it('weekdays at 09:00 in Europe/Berlin: 2025 has 261 weekdays', () => {
    // Jan 1 2025 is a Wednesday; 365 days = 52 weeks (260 weekdays) + Wednesday 31 Dec.
    expect(firingsInYear('0 9 * * 1-5', 'Europe/Berlin')).toBe(261);
    expect(firingsInYear('0 9 * * MON-FRI', 'Europe/Berlin')).toBe(261);
  });

  it('every hour in Europe/Berlin: 8,760 hours minus the skipped one plus the repeated one', () => {
    expect(firingsInYear('0 * * * *', 'Europe/Berlin')).toBe(8760);
  });

  it('the 1st and every Friday: day-of-month and day-of-week are OR-ed when both are set', () => {
    // 12 firsts + 52 Fridays (2025 has 52), minus firsts that are Fridays (Aug 1): 63
    expect(firingsInYear('0 0 1 * 5')).toBe(63);
  });

  it('descriptors and names', () => {
    expect(firingsInYear('@hourly')).toBe(8760);
    expect(firingsInYear('@daily')).toBe(365);
    expect(firingsInYear('@weekly')).toBe(52); // Sundays in 2025
    expect(firingsInYear('@monthly')).toBe(12);
    expect(firingsInYear('0 0 1 jan,jul *')).toBe(2);
    expect(firingsInYear('0 12 * * 7')).toBe(52); // 7 is Sunday too
  });

  it('half-hour zones: Asia/Kolkata (+05:30), every 30 minutes', () => {
    expect(firingsInYear('*/30 * * * *', 'Asia/Kolkata')).toBe(17520);
  });

  it('refuses what the controller refuses', () => {
    expect(() => firingsInYear('61 * * * *')).toThrow(CronError);
    expect(() => firingsInYear('* * *')).toThrow(/5 fields/);
    expect(() => firingsInYear('TZ=UTC 0 * * * *')).toThrow(/spec.timeZone/);
    expect(() => firingsInYear('0 * * * *', 'Mars/Olympus')).toThrow(/unknown time zone/);
  });
});
