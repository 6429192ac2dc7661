import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SectionPage, SectionTabs } from '../../shared/layout/section-tabs';

const PAGES: readonly SectionPage[] = [
  { path: 'report', label: 'Report' },
  { path: 'saved', label: 'Saved reports' },
  { path: 'exports', label: 'Exports' },
];

@Component({
  selector: 'app-reports-layout',
  imports: [RouterOutlet, SectionTabs],
  template: `
    <app-section-tabs heading="Reports" summary="Tracked, billable and billed time with amounts, cost and profit, grouped your way." [pages]="pages" maxWidth="1200px">
      <router-outlet />
    </app-section-tabs>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsLayout {
  protected readonly pages = PAGES;
}
