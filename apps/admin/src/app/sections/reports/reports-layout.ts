import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

const PAGES = [
  { path: 'report', label: 'Report' },
  { path: 'saved', label: 'Saved reports' },
  { path: 'exports', label: 'Exports' },
] as const;

@Component({
  selector: 'app-reports-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <header class="reports-header">
      <h1>Reports</h1>
      <p class="reports-summary">Tracked, billable and billed time with amounts, cost and profit, grouped your way.</p>
    </header>
    <nav mat-tab-nav-bar mat-stretch-tabs="false" mat-align-tabs="start" class="reports-tabs" aria-label="Reports pages" [tabPanel]="panel">
      @for (page of pages; track page.path) {
        <a mat-tab-link [routerLink]="page.path" routerLinkActive #active="routerLinkActive" [active]="active.isActive">{{ page.label }}</a>
      }
    </nav>
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    :host { display: block; max-width: 1200px; }
    .reports-header h1 { font: var(--mat-sys-headline-small); margin: 0 0 2px; }
    .reports-summary { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
    .reports-tabs { margin-bottom: 20px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsLayout {
  protected readonly pages = PAGES;
}
