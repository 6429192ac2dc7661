import { parseHoursText } from '../../setup/shared/hours-text';

/** The longest entry the server accepts: 24 h. */
export const MAX_ENTRY_SECONDS = 86_400;

export type DurationParse =
  | { readonly ok: true; readonly seconds: number }
  | { readonly ok: true; readonly seconds: null }
  | { readonly ok: false; readonly reason: string };

/**
 * What a timesheet cell holds: hours as `1.5`, `1,5` or `1:30` -> whole seconds (integer arithmetic only);
 * blank -> null (no time). At most 24 h.
 */
export function parseDurationText(text: string): DurationParse {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') {
    return { ok: true, seconds: null };
  }
  const parsed = parseHoursText(trimmed);
  if (!parsed.ok) {
    return { ok: false, reason: parsed.reason };
  }
  if (parsed.value > MAX_ENTRY_SECONDS) {
    return { ok: false, reason: 'At most 24 hours per entry' };
  }
  return { ok: true, seconds: parsed.value };
}

/**
 * A signed correction (an adjusting entry): `-0:30`, `+1:15` or `0:45` -> whole seconds, never 0, at most 24 h
 * either way.
 */
export function parseSignedDurationText(text: string): DurationParse {
  const trimmed = text.trim();
  const negative = trimmed.startsWith('-') || trimmed.startsWith('−');
  const parsed = parseDurationText(trimmed.replace(/^[-+−]/, ''));
  if (!parsed.ok) {
    return parsed;
  }
  if (parsed.seconds === null || parsed.seconds === 0) {
    return { ok: false, reason: 'Enter the correction, e.g. -0:30 to take half an hour off' };
  }
  return { ok: true, seconds: negative ? -parsed.seconds : parsed.seconds };
}

/** 5400 -> `1:30`, 59 -> `0:00`, 90000 -> `25:00`, -1800 -> `-0:30`: hours and whole minutes (seconds dropped). */
export function formatDuration(seconds: number): string {
  if (seconds < 0) {
    return `-${formatDuration(-seconds)}`;
  }
  const minutes = Math.floor(seconds / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** For a cell: blank when nothing is logged. */
export function formatCellDuration(seconds: number): string {
  return seconds === 0 ? '' : formatDuration(seconds);
}

/** A running clock: 3725 -> `1:02:05`. */
export function formatElapsed(seconds: number): string {
  const safe = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(safe / 3600);
  const minutes = Math.floor((safe % 3600) / 60);
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(safe % 60).padStart(2, '0')}`;
}
