import { BillingModelDto, MAX_PAGE_SIZE, Page, ProjectView } from '../index';

describe('organisation contracts', () => {
  it('describes a fixed-fee project page the admin app can render', () => {
    const billingModel: BillingModelDto = {
      kind: 'fixed_fee',
      fee: { amountMinor: 1_000_000, currency: 'EUR' },
    };
    const page: Page<Pick<ProjectView, 'id' | 'billingModel' | 'revision'>> = {
      items: [{ id: 'p1', billingModel, revision: 2 }],
      page: 1,
      pageSize: 50,
      total: 1,
    };
    expect(page.items[0]?.billingModel.kind).toBe('fixed_fee');
    expect(MAX_PAGE_SIZE).toBe(200);
  });
});
