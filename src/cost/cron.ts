// How often a CronJob fires, as the Kubernetes CronJob controller (robfig/cron
// v3) fires it: standard 5-field schedules and @-descriptors, day-of-month and
// day-of-week OR-ed when both are restricted, evaluated on the wall clock of
// spec.timeZone. The controller steps through real time and checks the local
// fields, so a time skipped by a DST jump does not fire and one repeated by it
// fires twice; counting matching instants reproduces exactly that.

export class CronError extends Error {}

interface Field {
  bits: Set<number>;
  /** The field was `*` or `?` (alone or with a step): robfig's "star bit". */
  star: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

function parseField(text: string, min: number, max: number, names?: string[]): Field {
  const bits = new Set<number>();
  let star = false;
  const value = (s: string): number => {
    const named = names?.indexOf(s.toLowerCase()) ?? -1;
    if (named >= 0) return named + (names === MONTHS ? 1 : 0);
    if (!/^\d+$/.test(s)) throw new CronError(`"${s}" is not a number`);
    return Number(s);
  };
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : value(stepText);
    if (step < 1) throw new CronError(`step ${stepText} must be positive`);
    let low: number;
    let high: number;
    if (range === '*' || range === '?') {
      [low, high] = [min, max];
      star = true;
    } else if (range.includes('-')) {
      const [a, b] = range.split('-');
      [low, high] = [value(a), value(b)];
    } else {
      low = value(range);
      high = stepText === undefined ? low : max;
    }
    if (low < min || high > max || low > high) throw new CronError(`${part} is outside ${min}-${max}`);
    for (let v = low; v <= high; v += step) bits.add(v);
  }
  return { bits, star };
}

export interface CronSchedule {
  minute: Field;
  hour: Field;
  dom: Field;
  month: Field;
  dow: Field;
}

export function parseCron(schedule: string): CronSchedule {
  const text = schedule.trim();
  if (/^(CRON_)?TZ=/.test(text)) throw new CronError('a time zone inside the schedule is not allowed; use spec.timeZone');
  const expanded = DESCRIPTORS[text.toLowerCase()] ?? text;
  if (expanded.startsWith('@')) throw new CronError(`${text} is not a schedule the CronJob controller accepts`);
  const fields = expanded.split(/\s+/);
  if (fields.length !== 5) throw new CronError(`expected 5 fields, got ${fields.length}`);
  const dow = parseField(fields[4].replace(/\b7\b/g, '0'), 0, 6, DAYS);
  return {
    minute: parseField(fields[0], 0, 59),
    hour: parseField(fields[1], 0, 23),
    dom: parseField(fields[2], 1, 31),
    month: parseField(fields[3], 1, 12, MONTHS),
    dow,
  };
}

function dayMatches(s: CronSchedule, dom: number, dow: number): boolean {
  const domMatch = s.dom.bits.has(dom);
  const dowMatch = s.dow.bits.has(dow);
  return s.dom.star || s.dow.star ? domMatch && dowMatch : domMatch || dowMatch;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's UTC offset in minutes at `utcMs`. */
function offsetMinutes(timeZone: string, utcMs: number): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 0;
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    offsetFormatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(utcMs)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  return Math.round((asUtc - Math.floor(utcMs / 60000) * 60000) / 60000);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** UTC instant of a local wall-clock time (the first one, when a DST fold repeats it). */
function localToUtc(timeZone: string, year: number, month: number, day: number): number {
  const guess = Date.UTC(year, month, day);
  const first = guess - offsetMinutes(timeZone, guess) * 60000;
  return guess - offsetMinutes(timeZone, first) * 60000;
}

const cache = new Map<string, number>();

/**
 * Firings in [year-01-01T00:00, (year+1)-01-01T00:00) local time. Walks UTC
 * hours (offsets only change on hour or half-hour boundaries in practice, so
 * each UTC hour is split where the local hour changes) and counts the minutes
 * whose local fields match.
 */
export function firingsInYear(schedule: string, timeZone = 'UTC', year = 2025): number {
  const key = `${schedule}\u0000${timeZone}\u0000${year}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const s = parseCron(schedule);
  if (!isValidTimeZone(timeZone)) throw new CronError(`unknown time zone ${JSON.stringify(timeZone)}`);
  const start = localToUtc(timeZone, year, 0, 1);
  const end = localToUtc(timeZone, year + 1, 0, 1);
  const minutes = [...s.minute.bits];
  let count = 0;
  const HOUR = 3_600_000;
  for (let hourStart = start; hourStart < end; hourStart += HOUR) {
    const offset = offsetMinutes(timeZone, hourStart);
    for (const minute of minutes) {
      // The local minute `minute` of some local hour falls in this UTC hour at
      // utc = local - offset; find the UTC minute inside [hourStart, hourStart + 1h).
      const utcMinute = (((minute - offset) % 60) + 60) % 60;
      const instant = hourStart + utcMinute * 60000;
      if (instant >= end || instant < start) continue;
      if (offsetMinutes(timeZone, instant) !== offset) continue; // the offset changed inside this hour
      const local = new Date(instant + offset * 60000);
      if (!s.hour.bits.has(local.getUTCHours())) continue;
      if (!s.month.bits.has(local.getUTCMonth() + 1)) continue;
      if (!dayMatches(s, local.getUTCDate(), local.getUTCDay())) continue;
      count++;
    }
  }
  cache.set(key, count);
  return count;
}
