import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

@Component({
  selector: 'app-close-layout',
  imports: [RouterOutlet],
  template: `
    <header class="close-header">
      <h1>Close</h1>
      <p class="close-summary">Month-end close: review the checklist, close periods so reported and billed time stays put, reopen with a reason.</p>
    </header>
    <router-outlet />
  `,
  styles: `
    :host { display: block; max-width: 1200px; }
    .close-header h1 { font: var(--mat-sys-headline-small); margin: 0 0 2px; }
    .close-summary { margin: 0 0 20px; color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CloseLayout {}
