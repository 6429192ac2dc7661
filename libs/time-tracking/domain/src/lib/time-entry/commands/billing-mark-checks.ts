import { isUuid } from '@billing/shared/kernel';
import { FieldChecks } from '../../shared/field-checks';
import { BillingMark } from '../time-entry.events';

export const MAX_BILLING_REFERENCE_LENGTH = 200;

export function checkBillingMark(checks: FieldChecks, billing: BillingMark): BillingMark {
  if (billing?.kind === 'invoice') {
    if (!isUuid(billing.invoiceId)) checks.add('billing.invoiceId', 'must be a lower-case UUID');
    return { kind: 'invoice', invoiceId: billing.invoiceId };
  }
  if (billing?.kind === 'reference') {
    const reference = typeof billing.reference === 'string' ? billing.reference.trim() : '';
    if (reference === '') checks.add('billing.reference', 'must not be empty');
    if (reference.length > MAX_BILLING_REFERENCE_LENGTH) {
      checks.add('billing.reference', `must be at most ${MAX_BILLING_REFERENCE_LENGTH} characters`);
    }
    return { kind: 'reference', reference };
  }
  checks.add('billing', 'must be an invoice id or a reference text');
  return billing;
}

export function sameBillingMark(left: BillingMark, right: BillingMark): boolean {
  if (left.kind === 'invoice') return right.kind === 'invoice' && left.invoiceId === right.invoiceId;
  return right.kind === 'reference' && left.reference === right.reference;
}
