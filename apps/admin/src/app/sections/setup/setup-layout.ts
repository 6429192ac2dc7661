import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { visibleSetupPages } from './setup-pages';

@Component({
  selector: 'app-setup-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <header class="setup-header">
      <h1>Setup</h1>
      <p class="setup-summary">How the organisation is set up: people, teams, clients and projects.</p>
    </header>
    <nav mat-tab-nav-bar mat-stretch-tabs="false" mat-align-tabs="start" class="setup-tabs" aria-label="Setup pages" [tabPanel]="panel">
      @for (page of pages(); track page.id) {
        <a mat-tab-link [routerLink]="page.id" routerLinkActive #active="routerLinkActive" [active]="active.isActive">
          {{ page.label }}
        </a>
      }
    </nav>
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    :host { display: block; }
    .setup-header h1 { font: var(--mat-sys-headline-small); margin: 0 0 2px; }
    .setup-summary { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
    .setup-tabs { margin-bottom: 20px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SetupLayout {
  private readonly auth = inject(AuthService);
  protected readonly pages = computed(() => visibleSetupPages(this.auth.permissions()));
}
