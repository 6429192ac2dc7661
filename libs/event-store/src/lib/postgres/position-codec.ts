import { START, type Position } from '../port/types';

/**
 * A PostgreSQL position is the pair (transaction id, identity position), encoded "txid:position".
 * Both halves are decimal strings: xid8 and bigint exceed Number's safe range in principle.
 */
export interface PgPosition {
  transactionId: string;
  position: string;
}

const PATTERN = /^(\d{1,20}):(\d{1,19})$/;

export function encodePosition(
  transactionId: string,
  position: string,
): Position {
  return `${transactionId}:${position}` as Position;
}

export function decodePosition(position: Position): PgPosition {
  if (position === START) {
    return { transactionId: '0', position: '0' };
  }
  const match = PATTERN.exec(position);
  if (!match) {
    throw new TypeError(`Not a PostgreSQL event store position: "${position}"`);
  }
  return { transactionId: match[1], position: match[2] };
}
