import { Component, inject, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { provideTestIcons } from '../../../testing/test-icons';
import { DiscountKind } from '../shared/billing-money';
import { LineFields, markLineField } from './line-fields';

@Component({
  imports: [ReactiveFormsModule, LineFields],
  template: `
    <form [formGroup]="form">
      <app-line-fields [controls]="form.controls" currency="JPY" [hours]="hours()" priceHint="Whole yen" [discountKind]="discountKind()" />
    </form>
  `,
})
class EditHost {
  readonly form = inject(NonNullableFormBuilder).group({
    description: 'Design',
    quantity: '2.5',
    unitPrice: '',
    discountKind: 'none' as DiscountKind,
    discount: '',
    notes: '',
  });
  readonly hours = signal(true);
  readonly discountKind = signal<DiscountKind>('none');
}

describe('LineFields', () => {
  async function render() {
    TestBed.configureTestingModule({ imports: [EditHost], providers: [provideTestIcons()] });
    const fixture = TestBed.createComponent(EditHost);
    await fixture.whenStable();
    return { fixture, host: fixture.componentInstance, page: fixture.nativeElement as HTMLElement };
  }

  it('binds the fields to the enclosing form, without a unit choice when the form has no unit', async () => {
    const { page } = await render();
    expect(page.querySelector<HTMLInputElement>('[formcontrolname="quantity"]')?.value).toBe('2.5');
    expect(page.querySelector('[formcontrolname="unit"]')).toBeNull();
    expect(page.querySelector('[formcontrolname="discount"]')).toBeNull();
    expect(page.textContent).toContain('Quantity (hours)');
    expect(page.textContent).toContain('Price per hour');
    expect(page.textContent).toContain('Whole yen');
  });

  it('labels units, shows the discount field of the chosen kind and a field marked unreadable', async () => {
    const { fixture, host, page } = await render();
    host.hours.set(false);
    host.discountKind.set('amount');
    markLineField(host.form.controls.quantity, 'Enter a whole number of units');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(page.textContent).toContain('Quantity (units)');
    expect(page.textContent).toContain('Discount (JPY)');
    expect(page.querySelector('[formcontrolname="discount"]')).not.toBeNull();
    expect(page.querySelector('mat-error')?.textContent).toContain('Enter a whole number of units');
  });
});
