import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { InvoiceView } from '@billing/billing/contracts';
import { of } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { provideTestIcons } from '../../../testing/test-icons';
import { STALE_MESSAGE } from '../../setup/shared/api-error';
import { InvoicePage } from './invoice-page';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

function draft(overrides: Partial<InvoiceView> = {}): InvoiceView {
  return {
    invoiceId: 'inv-1',
    revision: 3,
    status: 'draft',
    number: null,
    issuedOn: null,
    clientId: 'c-1',
    clientName: 'Acme GmbH',
    currency: 'EUR',
    taxRateBasisPoints: 1900,
    period: { from: '2026-10-01', to: '2026-10-31' },
    lines: [
      {
        lineId: 'l-1',
        source: { kind: 'hourly-member', projectId: 'p-1', memberId: 'm-1' },
        description: 'Max Member',
        quantity: { unit: 'seconds', value: 7200 },
        unitAmount: eur(12000),
        discount: null,
        gross: eur(24000),
        discountAmount: eur(0),
        net: eur(24000),
        notes: '',
        entryIds: ['e-1', 'e-2'],
      },
    ],
    coveredEntryIds: ['e-1', 'e-2'],
    totals: { subtotal: eur(24000), tax: eur(4560), total: eur(28560) },
    ...overrides,
  };
}

describe('InvoicePage (the invoice editor)', () => {
  let fixture: ComponentFixture<InvoicePage>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let dialogAnswer: unknown;
  const permissions = new Set(['billing.read', 'billing.write', 'billing.issue']);

  async function open(invoice: InvoiceView): Promise<void> {
    TestBed.configureTestingModule({
      imports: [InvoicePage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTestIcons(),
        { provide: AuthService, useValue: { can: (permission: string) => permissions.has(permission) } },
        { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(dialogAnswer) }) } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(InvoicePage);
    fixture.componentRef.setInput('invoiceId', invoice.invoiceId);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne(`/api/v1/invoices/${invoice.invoiceId}`).flush(invoice);
    await settle();
  }

  async function settle(): Promise<void> {
    await fixture.whenStable();
    fixture.detectChanges();
  }

  function button(name: string): HTMLButtonElement {
    const found = [...page.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
    if (!found) {
      throw new Error(`No button ${name}: ${[...page.querySelectorAll('button')].map((b) => b.textContent?.trim()).join(', ')}`);
    }
    return found;
  }

  /** The request once the action's awaits (confirm dialog, firstValueFrom) have run; bounded, no timers. */
  async function requestTo(url: string) {
    for (let turn = 0; turn < 50 && !fixture.componentInstance.busy(); turn++) {
      await Promise.resolve();
    }
    return http.expectOne(url);
  }

  const total = () => page.querySelector('[data-total="total"]')?.textContent?.trim();

  afterEach(() => http.verify());

  it('shows a draft with the server totals and the draft actions only', async () => {
    await open(draft());
    expect(page.textContent).toContain('Draft invoice');
    expect(total()).toBe('EUR 285.60');
    expect(page.textContent).toContain('2.00 h');
    expect(button('Issue invoice')).toBeTruthy();
    expect(button('Discard draft')).toBeTruthy();
    expect(page.textContent).not.toContain('Void invoice');
  });

  it('takes the totals from the answer of a line edit', async () => {
    await open(draft());
    const edited = draft({ revision: 4, totals: { subtotal: eur(21600), tax: eur(4104), total: eur(25704) } });
    dialogAnswer = edited;
    const [line] = edited.lines;
    if (!line) throw new Error('No line');
    await fixture.componentInstance.editLine(line);
    await settle();
    expect(total()).toBe('EUR 257.04');
    expect(fixture.componentInstance.invoice()?.revision).toBe(4);
  });

  it('issues with If-Match and shows the number the server gave', async () => {
    await open(draft());
    dialogAnswer = true;
    const issuing = fixture.componentInstance.issue();
    const request = await requestTo('/api/v1/invoices/inv-1/issue');
    expect(request.request.method).toBe('POST');
    expect(request.request.headers.get('If-Match')).toBe('"3"');
    request.flush(draft({ revision: 4, status: 'issued', number: 'INV-2026-0007', issuedOn: '2026-11-25' }));
    await issuing;
    await settle();
    expect(page.textContent).toContain('Invoice INV-2026-0007');
    expect(page.textContent).toContain('issued on 2026-11-25');
    expect(button('Void invoice…')).toBeTruthy();
    expect(page.textContent).not.toContain('Issue invoice');
  });

  it('sends nothing when the person cancels the issue', async () => {
    await open(draft());
    dialogAnswer = false;
    await fixture.componentInstance.issue();
    http.expectNone('/api/v1/invoices/inv-1/issue');
  });

  it('shows a 409 conflict readably and keeps the draft as it was', async () => {
    await open(draft());
    dialogAnswer = true;
    const issuing = fixture.componentInstance.issue();
    (await requestTo('/api/v1/invoices/inv-1/issue')).flush({ code: 'ENTRIES_ALREADY_BILLED', message: '2 covered entries are already billed' }, { status: 409, statusText: 'Conflict' });
    await issuing;
    await settle();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('2 covered entries are already billed');
    expect(fixture.componentInstance.invoice()?.status).toBe('draft');
  });

  it('shows the draft the add-line dialog answered, with the server totals', async () => {
    await open(draft());
    const base = draft();
    const added = draft({
      revision: 4,
      lines: [...base.lines, { ...base.lines[0], lineId: 'l-2', source: { kind: 'manual' }, description: 'Workshop', entryIds: [] } as InvoiceView['lines'][number]],
      totals: { subtotal: eur(48000), tax: eur(9120), total: eur(57120) },
    });
    dialogAnswer = added;
    await fixture.componentInstance.addLine();
    await settle();
    expect(page.textContent).toContain('Workshop');
    expect(total()).toBe('EUR 571.20');
  });

  it('deletes a line with If-Match after confirming, and shows the totals of the answer', async () => {
    await open(draft());
    dialogAnswer = true;
    const [line] = draft().lines;
    if (!line) throw new Error('No line');
    const deleting = fixture.componentInstance.removeLine(line);
    const request = await requestTo('/api/v1/invoices/inv-1/lines/l-1');
    expect(request.request.method).toBe('DELETE');
    expect(request.request.headers.get('If-Match')).toBe('"3"');
    request.flush(draft({ revision: 4, lines: [], coveredEntryIds: [], totals: { subtotal: eur(0), tax: eur(0), total: eur(0) } }));
    await deleting;
    await settle();
    expect(total()).toBe('EUR 0.00');
    expect(page.textContent).not.toContain('Max Member');
    expect(fixture.componentInstance.invoice()?.revision).toBe(4);
  });

  it('sends no delete when the person cancels', async () => {
    await open(draft());
    dialogAnswer = false;
    const [line] = draft().lines;
    if (!line) throw new Error('No line');
    await fixture.componentInstance.removeLine(line);
    http.expectNone('/api/v1/invoices/inv-1/lines/l-1');
    expect(page.textContent).toContain('Max Member');
  });

  it('shows a 409 on delete readably and keeps the draft, its line and totals as they were', async () => {
    await open(draft());
    dialogAnswer = true;
    const [line] = draft().lines;
    if (!line) throw new Error('No line');
    const deleting = fixture.componentInstance.removeLine(line);
    (await requestTo('/api/v1/invoices/inv-1/lines/l-1')).flush(
      { code: 'WRONG_EXPECTED_REVISION', message: 'Expected revision 3, found 4' },
      { status: 409, statusText: 'Conflict' },
    );
    await deleting;
    await settle();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain(STALE_MESSAGE);
    expect(fixture.componentInstance.invoice()).toEqual(draft());
    expect(total()).toBe('EUR 285.60');
    expect(page.textContent).toContain('Max Member');
  });

  it('offers Add line and Delete on a draft only to people with billing.write', async () => {
    await open(draft());
    expect(button('Add line')).toBeTruthy();
    expect(button('Delete')).toBeTruthy();
    TestBed.resetTestingModule();
    permissions.delete('billing.write');
    try {
      await open(draft());
      expect(page.textContent).not.toContain('Add line');
      expect(page.textContent).not.toContain('Delete');
    } finally {
      permissions.add('billing.write');
    }
  });

  it('offers void, not edit, on an issued invoice, and shows the voided answer', async () => {
    await open(draft({ status: 'issued', number: 'INV-2026-0007', issuedOn: '2026-11-25' }));
    expect(page.textContent).not.toContain('Edit');
    dialogAnswer = draft({ status: 'voided', number: 'INV-2026-0007', revision: 5 });
    await fixture.componentInstance.voidInvoice();
    await settle();
    expect(page.querySelector('.invoice-status')?.textContent?.trim()).toBe('Void');
    expect(page.textContent).toContain('Download PDF');
  });

  it('hides the issue action from people without billing.issue', async () => {
    permissions.delete('billing.issue');
    try {
      await open(draft());
      expect(page.textContent).not.toContain('Issue invoice');
      expect(button('Discard draft')).toBeTruthy();
    } finally {
      permissions.add('billing.issue');
    }
  });
});
