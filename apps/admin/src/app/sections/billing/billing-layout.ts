import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { visibleBillingPages } from './billing-pages';

@Component({
  selector: 'app-billing-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <header class="billing-header">
      <h1>Billing</h1>
      <p class="billing-summary">Rates, billing runs, invoices and what is left to bill.</p>
    </header>
    <nav mat-tab-nav-bar mat-stretch-tabs="false" mat-align-tabs="start" class="billing-tabs" aria-label="Billing pages" [tabPanel]="panel">
      @for (page of pages(); track page.id) {
        <a mat-tab-link [routerLink]="page.id" routerLinkActive #active="routerLinkActive" [active]="active.isActive">{{ page.label }}</a>
      }
    </nav>
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    :host { display: block; max-width: 1200px; }
    .billing-header h1 { font: var(--mat-sys-headline-small); margin: 0 0 2px; }
    .billing-summary { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
    .billing-tabs { margin-bottom: 20px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BillingLayout {
  private readonly auth = inject(AuthService);
  protected readonly pages = computed(() => visibleBillingPages(this.auth.permissions()));
}
