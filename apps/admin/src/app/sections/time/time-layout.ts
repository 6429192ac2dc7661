import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TIME_PAGES } from './time-pages';
import { TimerBar } from './timer/timer-bar';

@Component({
  selector: 'app-time-layout',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TimerBar],
  template: `
    <header class="time-header">
      <h1>Time</h1>
      <p class="time-summary">Track, correct and import working time.</p>
    </header>
    <app-timer-bar />
    <nav mat-tab-nav-bar mat-stretch-tabs="false" mat-align-tabs="start" class="time-tabs" aria-label="Time pages" [tabPanel]="panel">
      @for (page of pages; track page.path) {
        <a mat-tab-link [routerLink]="page.path" routerLinkActive #active="routerLinkActive" [active]="active.isActive">
          {{ page.label }}
        </a>
      }
    </nav>
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    :host { display: block; max-width: 1200px; }
    .time-header h1 { font: var(--mat-sys-headline-small); margin: 0 0 2px; }
    .time-summary { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
    .time-tabs { margin-bottom: 20px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeLayout {
  protected readonly pages = TIME_PAGES;
}
