import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { SectionTabs } from '../../shared/layout/section-tabs';
import { visibleSetupPages } from './setup-pages';

@Component({
  selector: 'app-setup-layout',
  imports: [RouterOutlet, SectionTabs],
  template: `
    <app-section-tabs heading="Setup" summary="How the organisation is set up: people, teams, clients and projects." [pages]="pages()">
      <router-outlet />
    </app-section-tabs>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetupLayout {
  private readonly auth = inject(AuthService);
  protected readonly pages = computed(() => visibleSetupPages(this.auth.permissions()).map((page) => ({ path: page.id, label: page.label })));
}
