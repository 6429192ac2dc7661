import { AGE_BUCKETS } from './audit';
import { INVOICE_STATUSES } from './invoices';

describe('billing contracts', () => {
  it('names the invoice statuses and the age buckets of the billing audit', () => {
    expect(INVOICE_STATUSES).toEqual([
      'draft',
      'issued',
      'voided',
      'discarded',
    ]);
    expect(AGE_BUCKETS).toEqual(['0-30', '31-60', '61-90', '90+']);
  });
});
