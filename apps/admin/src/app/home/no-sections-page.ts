import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Shown only when the signed-in person holds no role that opens any section. */
@Component({
  selector: 'app-no-sections-page',
  template: `
    <h1>No sections available</h1>
    <p>Your account has no role that opens a section yet. Ask an administrator to assign you a role.</p>
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-small);
      margin: 0 0 8px;
    }
    p {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoSectionsPage {}
