import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** One tab of a section: a route (relative to the section or absolute) and its label. */
export interface SectionPage {
  readonly path: string;
  readonly label: string;
  /** Active only on exactly this route (a section's index page, which every other page starts with). */
  readonly exact?: boolean;
}

/**
 * The frame of a section: its title and summary, then a tab per page over the projected content (the section's
 * router outlet). Content marked `sectionBeforeTabs` goes between the summary and the tabs. Without pages there
 * is no tab bar, just the content.
 */
@Component({
  selector: 'app-section-tabs',
  imports: [MatTabsModule, NgTemplateOutlet, RouterLink, RouterLinkActive],
  template: `
    <header class="section-header">
      <h1>{{ heading() }}</h1>
      <p class="section-summary" [class.no-tabs]="pages().length === 0">{{ summary() }}</p>
    </header>
    <ng-content select="[sectionBeforeTabs]" />
    <!-- Projected once, shown in whichever branch applies. -->
    <ng-template #content><ng-content /></ng-template>
    @if (pages().length > 0) {
      <nav mat-tab-nav-bar mat-stretch-tabs="false" mat-align-tabs="start" class="section-tabs" [attr.aria-label]="heading() + ' pages'" [tabPanel]="panel">
        @for (page of pages(); track page.path) {
          <a mat-tab-link [routerLink]="page.path" routerLinkActive #active="routerLinkActive" [routerLinkActiveOptions]="{ exact: page.exact ?? false }" [active]="active.isActive">
            {{ page.label }}
          </a>
        }
      </nav>
      <mat-tab-nav-panel #panel>
        <ng-container [ngTemplateOutlet]="content" />
      </mat-tab-nav-panel>
    } @else {
      <ng-container [ngTemplateOutlet]="content" />
    }
  `,
  styles: `
    :host { display: block; }
    .section-header h1 { font: var(--mat-sys-headline-small); margin: 0 0 2px; }
    .section-summary { margin: 0 0 12px; color: var(--mat-sys-on-surface-variant); }
    .section-summary.no-tabs { margin-bottom: 20px; }
    .section-tabs { margin-bottom: 20px; border-bottom: 1px solid var(--mat-sys-outline-variant); }
  `,
  host: { '[style.max-width]': 'maxWidth()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectionTabs {
  /** The section's name; not `title`, which would also put a native tooltip on the whole section. */
  readonly heading = input.required<string>();
  readonly summary = input.required<string>();
  readonly pages = input<readonly SectionPage[]>([]);
  /** A CSS length, e.g. `1200px`; null: as wide as the shell allows. */
  readonly maxWidth = input<string | null>(null);
}
