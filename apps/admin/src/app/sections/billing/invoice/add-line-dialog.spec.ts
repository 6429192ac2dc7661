import { InvoiceView } from '@billing/billing/contracts';
import { DialogUnderTest, openDialog, typeInto, submitDialog, untilClosed } from '../../../testing/dialog-under-test';
import { STALE_MESSAGE } from '../../setup/shared/api-error';
import { AddLineDialog } from './add-line-dialog';

function emptyDraft(currency: string, revision = 3): InvoiceView {
  const zero = { amountMinor: 0, currency };
  return {
    invoiceId: 'inv-1',
    revision,
    status: 'draft',
    number: null,
    issuedOn: null,
    clientId: 'c-1',
    clientName: 'Acme',
    currency,
    taxRateBasisPoints: 0,
    period: null,
    lines: [],
    coveredEntryIds: [],
    totals: { subtotal: zero, tax: zero, total: zero },
  };
}

describe('AddLineDialog', () => {
  let dialog: DialogUnderTest<AddLineDialog>;
  let fixture: DialogUnderTest<AddLineDialog>['fixture'];
  let http: DialogUnderTest<AddLineDialog>['http'];
  let page: HTMLElement;
  let close: jest.Mock;

  async function open(invoice: InvoiceView): Promise<void> {
    dialog = await openDialog(AddLineDialog, invoice);
    ({ fixture, http, page, close } = dialog);
  }

  function type(control: string, text: string): void {
    typeInto(page, control, text);
  }

  async function submit(): Promise<void> {
    await submitDialog(dialog);
  }

  afterEach(() => {
    http.verify();
  });

  it.each([
    ['EUR', '1,250.50', 125050],
    ['JPY', '1,250', 1250],
    ['KWD', '1.255', 1255],
  ])('adds a line in %s: the unit price %s as %d minor units, with If-Match', async (currency, price, minor) => {
    await open(emptyDraft(currency));
    type('description', 'Workshop');
    type('quantity', '2');
    type('unitPrice', price);
    await submit();
    const request = http.expectOne('/api/v1/invoices/inv-1/lines');
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('If-Match')).toBe('"3"');
    expect(request.request.body).toEqual({
      description: 'Workshop',
      quantity: { unit: 'units', value: 2 },
      unitAmountMinor: minor,
      discount: null,
      notes: '',
    });
    expect(Number.isInteger(request.request.body.unitAmountMinor)).toBe(true);
    const answer = emptyDraft(currency, 4);
    request.flush(answer);
    await untilClosed(close);
    expect(close).toHaveBeenCalledWith(answer);
  });

  it('sends nothing for a price with more decimals than the currency has, and says why on the field', async () => {
    await open(emptyDraft('JPY'));
    type('description', 'Workshop');
    type('unitPrice', '12.5');
    await submit();
    http.expectNone('/api/v1/invoices/inv-1/lines');
    fixture.detectChanges();
    expect(page.querySelector('mat-error')?.textContent).toContain('Enter a whole number');
  });

  it('puts a 400 on the field it names and a 409 as a stale draft, without closing', async () => {
    await open(emptyDraft('EUR'));
    type('description', 'Workshop');
    type('unitPrice', '10');
    await submit();
    http
      .expectOne('/api/v1/invoices/inv-1/lines')
      .flush(
        { code: 'VALIDATION_FAILED', message: 'Invalid', fields: [{ path: 'unitAmountMinor', reason: 'must be at most 9007199254740991' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(page.querySelector('mat-error')?.textContent).toContain('Must be at most 9007199254740991');

    type('unitPrice', '11');
    await submit();
    http
      .expectOne('/api/v1/invoices/inv-1/lines')
      .flush({ code: 'WRONG_EXPECTED_REVISION', message: 'The invoice changed meanwhile' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(STALE_MESSAGE);
    expect(close).not.toHaveBeenCalled();
  });
});
