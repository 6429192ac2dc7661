import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { PaceContext } from './shared/pace-context';

@Component({
  selector: 'app-pace-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  template: `
    <header class="pace-header">
      <h1>Pace</h1>
      <p class="pace-summary">Tracked against expected hours: who is complete, who is behind, and the schedules behind the figures.</p>
    </header>
    <nav mat-tab-nav-bar mat-stretch-tabs="false" mat-align-tabs="start" class="pace-tabs" aria-label="Pace pages" [tabPanel]="panel">
      @for (page of pages(); track page.path) {
        <a mat-tab-link [routerLink]="page.path" routerLinkActive #active="routerLinkActive" [routerLinkActiveOptions]="{ exact: page.exact }" [active]="active.isActive">
          {{ page.label }}
        </a>
      }
    </nav>
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    :host { display: block; max-width: 1400px; }
    .pace-header h1 { font: var(--mat-sys-headline-small); margin: 0 0 2px; }
    .pace-summary { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
    .pace-tabs { margin-bottom: 20px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaceLayout {
  private readonly context = inject(PaceContext);

  protected readonly pages = computed(() => {
    const own = this.context.memberId();
    return [
      { path: '/pace', label: 'Heat map', exact: true },
      { path: '/pace/behind', label: 'Behind', exact: false },
      ...(own ? [{ path: `/pace/members/${own}`, label: 'My week', exact: false }] : []),
      { path: '/pace/schedules', label: 'Schedules & time off', exact: false },
      { path: '/pace/holidays', label: 'Holidays', exact: false },
    ];
  });
}
