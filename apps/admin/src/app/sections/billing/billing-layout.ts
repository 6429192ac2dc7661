import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { SectionTabs } from '../../shared/layout/section-tabs';
import { visibleBillingPages } from './billing-pages';

@Component({
  selector: 'app-billing-layout',
  imports: [RouterOutlet, SectionTabs],
  template: `
    <app-section-tabs heading="Billing" summary="Rates, billing runs, invoices and what is left to bill." [pages]="pages()" maxWidth="1200px">
      <router-outlet />
    </app-section-tabs>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BillingLayout {
  private readonly auth = inject(AuthService);
  protected readonly pages = computed(() => visibleBillingPages(this.auth.permissions()).map((page) => ({ path: page.id, label: page.label })));
}
