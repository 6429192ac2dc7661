import type { AuditLogOrder } from '@billing/audit/contracts';
import { ValidationError } from '@billing/shared/kernel';

interface CursorContent {
  seq: string;
  order: AuditLogOrder;
}

/** Opaque keyset cursor: the last row's `seq` and the order it was read in. */
export function encodeCursor(content: CursorContent): string {
  return Buffer.from(JSON.stringify(content)).toString('base64url');
}

export function decodeCursor(cursor: string, order: AuditLogOrder): string {
  let content: Partial<CursorContent>;
  try {
    content = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorContent>;
  } catch {
    throw ValidationError.single('cursor', 'is not a cursor returned by this endpoint');
  }
  if (typeof content.seq !== 'string' || !/^\d{1,19}$/.test(content.seq)) {
    throw ValidationError.single('cursor', 'is not a cursor returned by this endpoint');
  }
  if (content.order !== order) {
    throw ValidationError.single('cursor', `was issued for order ${String(content.order)}, not ${order}`);
  }
  return content.seq;
}
