import { InvoiceLineView, InvoiceView } from '@billing/billing/contracts';
import { DialogUnderTest, openDialog, typeInto, submitDialog, untilClosed } from '../../../testing/dialog-under-test';
import { LineDialog, LineDialogData } from './line-dialog';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const LINE: InvoiceLineView = {
  lineId: 'line-1',
  source: { kind: 'hours' },
  description: 'Development',
  quantity: { unit: 'seconds', value: 1000 },
  unitAmount: null,
  discount: null,
  gross: eur(3333),
  discountAmount: eur(0),
  net: eur(3333),
  notes: '',
  entryIds: ['e-1'],
};

function draft(revision: number): InvoiceView {
  return {
    invoiceId: 'inv-1',
    revision,
    status: 'draft',
    number: null,
    issuedOn: null,
    clientId: 'c-1',
    clientName: 'Acme',
    currency: 'EUR',
    taxRateBasisPoints: 0,
    period: null,
    lines: [LINE],
    coveredEntryIds: ['e-1'],
    totals: { subtotal: eur(3333), tax: eur(0), total: eur(3333) },
  };
}

describe('LineDialog', () => {
  let dialog: DialogUnderTest<LineDialog>;
  let fixture: DialogUnderTest<LineDialog>['fixture'];
  let http: DialogUnderTest<LineDialog>['http'];
  let page: HTMLElement;
  let close: jest.Mock;

  async function open(): Promise<void> {
    dialog = await openDialog(LineDialog, { invoice: draft(7), line: LINE } satisfies LineDialogData);
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

  it('closes without a request when nothing changed (1000 s shown as hours keeps its exact seconds)', async () => {
    await open();
    expect(page.textContent).toContain('Quantity (hours)');
    expect(page.textContent).toContain('Priced from its entries');
    expect(page.querySelector('[formcontrolname="unit"]')).toBeNull();
    await submit();
    http.expectNone('/api/v1/invoices/inv-1/lines/line-1');
    expect(close).toHaveBeenCalledWith();
  });

  it('sends only the changed description with If-Match and closes with the answer', async () => {
    await open();
    type('description', 'Development, March');
    await submit();
    const request = http.expectOne('/api/v1/invoices/inv-1/lines/line-1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.headers.get('If-Match')).toBe('"7"');
    expect(request.request.body).toEqual({ description: 'Development, March' });
    const answer = draft(8);
    request.flush(answer);
    await untilClosed(close);
    expect(close).toHaveBeenCalledWith(answer);
  });

  it('marks unreadable hours on the field and sends nothing', async () => {
    await open();
    type('quantity', 'two');
    await submit();
    fixture.detectChanges();
    http.expectNone('/api/v1/invoices/inv-1/lines/line-1');
    expect(page.querySelector('mat-error')?.textContent?.trim()).not.toBe('');
    expect(close).not.toHaveBeenCalled();
  });
});
