import { START, type Position } from '../port/types';

/** A KurrentDB transaction-log position, as the client reports it. */
export interface LogPosition {
  commit: bigint;
  prepare: bigint;
}

export type LogPositionOrStart = LogPosition | 'start';

const ENCODED = /^kurrent:(\d+):(\d+)$/;

/** Opaque to callers; carries both halves so a resume is exact. */
export function encodePosition(position: LogPositionOrStart): Position {
  return position === 'start'
    ? START
    : (`kurrent:${position.commit}:${position.prepare}` as Position);
}

export function decodePosition(position: Position): LogPositionOrStart {
  if (position === START) {
    return 'start';
  }
  const match = ENCODED.exec(position);
  if (!match) {
    throw new RangeError(`Not a KurrentDB position: ${position}`);
  }
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}

/** Adapter-internal ordering; callers never compare positions. */
export function comparePositions(
  a: LogPositionOrStart,
  b: LogPositionOrStart,
): number {
  if (a === 'start' || b === 'start') {
    return (a === 'start' ? 0 : 1) - (b === 'start' ? 0 : 1);
  }
  if (a.commit !== b.commit) {
    return a.commit < b.commit ? -1 : 1;
  }
  if (a.prepare !== b.prepare) {
    return a.prepare < b.prepare ? -1 : 1;
  }
  return 0;
}

export function isAfter(
  candidate: LogPositionOrStart,
  reference: LogPositionOrStart,
): boolean {
  return comparePositions(candidate, reference) > 0;
}

export function latestPosition(
  ...positions: (LogPositionOrStart | undefined)[]
): LogPositionOrStart {
  let latest: LogPositionOrStart = 'start';
  for (const position of positions) {
    if (position !== undefined && isAfter(position, latest)) {
      latest = position;
    }
  }
  return latest;
}
