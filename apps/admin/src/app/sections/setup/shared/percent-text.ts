import { formatScaledDecimal, parseScaledDecimal, ParseResult } from './decimal-text';

/** "19" -> 1900 basis points, "7.25" -> 725; 0..100 %. */
export function parsePercentToBasisPoints(text: string): ParseResult {
  const parsed = parseScaledDecimal(text, 2);
  if (!parsed.ok) {
    return { ok: false, reason: parsed.reason.startsWith('Use at most') ? 'Use at most 2 decimal places' : 'Enter a percentage like 19 or 7.5' };
  }
  return parsed.value > 10_000 ? { ok: false, reason: 'Must be at most 100 %' } : parsed;
}

/** 1900 -> "19", 725 -> "7.25", 750 -> "7.5". */
export function basisPointsToPercentText(basisPoints: number): string {
  return formatScaledDecimal(basisPoints, 2).replace(/\.?0+$/, '');
}
