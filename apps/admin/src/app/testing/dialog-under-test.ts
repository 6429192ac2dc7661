import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { provideTestIcons } from './test-icons';

/** A dialog component rendered on its own: its fixture, the HTTP it sends, its page and the dialog ref's close. */
export interface DialogUnderTest<T> {
  readonly fixture: ComponentFixture<T>;
  readonly http: HttpTestingController;
  readonly page: HTMLElement;
  readonly close: jest.Mock;
}

/** Renders `component` as a dialog opened with `data`, against a testing HTTP backend. */
export async function openDialog<T>(component: Type<T>, data: unknown): Promise<DialogUnderTest<T>> {
  const close = jest.fn();
  TestBed.configureTestingModule({
    imports: [component],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideTestIcons(),
      { provide: MatDialogRef, useValue: { close } },
      { provide: MAT_DIALOG_DATA, useValue: data },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  await fixture.whenStable();
  return { fixture, http, page: fixture.nativeElement as HTMLElement, close };
}

/** Types into the field bound to `control` (`formcontrolname`), or into `selector` when given. */
export function typeInto(page: HTMLElement, control: string, text: string, selector = `[formcontrolname="${control}"]`): void {
  const field = page.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!field) throw new Error(`No field ${control}`);
  field.value = text;
  field.dispatchEvent(new Event('input'));
}

/** Submits the dialog's form and waits for what it started. */
export async function submitDialog<T>(dialog: DialogUnderTest<T>): Promise<void> {
  dialog.page.querySelector('form')?.dispatchEvent(new Event('submit'));
  await dialog.fixture.whenStable();
}

/** The dialog closes once the submission's awaits have run: a bounded number of microtask turns, no timers. */
export async function untilClosed(close: jest.Mock): Promise<void> {
  for (let turn = 0; turn < 50 && close.mock.calls.length === 0; turn++) {
    await Promise.resolve();
  }
}
