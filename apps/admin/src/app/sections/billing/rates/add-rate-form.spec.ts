import { ComponentFixture, TestBed } from '@angular/core/testing';
import { RateBookView } from '@billing/rates/contracts';
import { of, throwError } from 'rxjs';
import { HttpErrorResponse } from '@angular/common/http';
import { provideTestIcons } from '../../../testing/test-icons';
import { AddRateForm } from './add-rate-form';

const BOOK: RateBookView = { revision: 4, billable: [], cost: [] };

describe('AddRateForm', () => {
  let fixture: ComponentFixture<AddRateForm>;
  let page: HTMLElement;
  let save: jest.Mock;

  async function open(currency: string, answer = of(BOOK)): Promise<void> {
    save = jest.fn(() => answer);
    TestBed.configureTestingModule({ imports: [AddRateForm], providers: [provideTestIcons()] });
    fixture = TestBed.createComponent(AddRateForm);
    fixture.componentRef.setInput('currency', currency);
    fixture.componentRef.setInput('today', '2026-11-25');
    fixture.componentRef.setInput('save', save);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  function type(index: number, text: string): void {
    const input = page.querySelectorAll<HTMLInputElement>('input[matInput]')[index];
    if (!input) throw new Error(`No input ${index}`);
    input.value = text;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    page.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    fixture.detectChanges();
  }

  it.each([
    ['EUR', '120.5', 12050],
    ['JPY', '15000', 15000],
    ['KWD', '12.345', 12345],
  ])('sends %s %s as %i minor units per hour', async (currency, text, minor) => {
    await open(currency);
    type(0, text);
    type(1, '2026-10-01');
    await submit();
    expect(save).toHaveBeenCalledWith({ rateMinorPerHour: minor, currency, validFrom: '2026-10-01', replace: false });
  });

  it('refuses decimals the currency does not have, without asking the server', async () => {
    await open('JPY');
    type(0, '1500.5');
    await submit();
    expect(save).not.toHaveBeenCalled();
    expect(page.querySelector('mat-error')?.textContent).toContain('Enter a whole number');
  });

  it('starts the rate today when no date is given', async () => {
    await open('EUR');
    type(0, '90');
    await submit();
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ rateMinorPerHour: 9000, validFrom: '2026-11-25' }));
  });

  it('shows the 409 of a different rate on that day on the date field', async () => {
    const conflict = new HttpErrorResponse({
      status: 409,
      error: { code: 'RATE_ALREADY_SET_FOR_DATE', message: 'A different rate is already set from 2026-10-01; send replace to overwrite it' },
    });
    await open('EUR', throwError(() => conflict));
    type(0, '130');
    type(1, '2026-10-01');
    await submit();
    expect(page.textContent).toContain('A different rate is already set from 2026-10-01; send replace to overwrite it');
  });
});
