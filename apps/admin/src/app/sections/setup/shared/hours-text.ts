import { parseScaledDecimal, ParseResult } from './decimal-text';

const SECONDS_PER_HOUR = 3600;
const CLOCK = /^(\d+):([0-5]\d)$/;

/**
 * Hours typed as decimal ("7.5", "0.25") or as h:mm ("7:30") -> whole seconds, without floats. Decimal hours must
 * come out at whole seconds (up to 4 decimals always does, since 3600 = 2^4 * 225: 0.0001 h = 0.36 s is refused).
 */
export function parseHoursText(text: string): ParseResult {
  const clock = CLOCK.exec(text.trim());
  if (clock) {
    const seconds = Number(clock[1]) * SECONDS_PER_HOUR + Number(clock[2]) * 60;
    return Number.isSafeInteger(seconds) ? { ok: true, value: seconds } : { ok: false, reason: 'The number is too large' };
  }
  const parsed = parseScaledDecimal(text, 4);
  if (!parsed.ok) {
    return { ok: false, reason: parsed.reason.startsWith('Use at most') ? 'Use at most 4 decimal places' : 'Enter hours like 7.5 or 7:30' };
  }
  // parsed.value is hours * 10^4; seconds = value * 3600 / 10^4 = value * 9 / 25.
  if ((parsed.value * 9) % 25 !== 0) {
    return { ok: false, reason: 'Hours must come to whole seconds' };
  }
  const seconds = (parsed.value * 9) / 25;
  return Number.isSafeInteger(seconds) ? { ok: true, value: seconds } : { ok: false, reason: 'The number is too large' };
}

/** 27000 -> "7.5"; 5400 -> "1.5"; odd seconds show up to 4 decimals, rounded half up. */
export function secondsToHoursText(seconds: number): string {
  const whole = Math.floor(seconds / SECONDS_PER_HOUR);
  const rest = seconds % SECONDS_PER_HOUR;
  if (rest === 0) {
    return String(whole);
  }
  // rest / 3600 with 4 decimals: rest * 25 / 9 ten-thousandths, rounded half up in integers.
  const tenThousandths = Math.floor((rest * 25 * 2 + 9) / 18);
  const fraction = String(tenThousandths).padStart(4, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** For tables: 27000 -> "7.5 h". */
export function formatHours(seconds: number | null | undefined): string {
  return seconds === null || seconds === undefined ? '—' : `${secondsToHoursText(seconds)} h`;
}
