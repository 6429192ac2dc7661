import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AUDIT_PAGES } from './audit-pages';

@Component({
  selector: 'app-audit-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <header class="audit-header">
      <h1>Audit</h1>
      <p class="audit-summary">Every change with who, when and why; proof that nothing was altered. Read-only: the checks here change nothing.</p>
    </header>
    <nav mat-tab-nav-bar mat-stretch-tabs="false" mat-align-tabs="start" class="audit-tabs" aria-label="Audit pages" [tabPanel]="panel">
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
    .audit-header h1 { font: var(--mat-sys-headline-small); margin: 0 0 2px; }
    .audit-summary { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
    .audit-tabs { margin-bottom: 20px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLayout {
  protected readonly pages = AUDIT_PAGES;
}
