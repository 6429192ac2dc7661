import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SectionTabs } from '../../shared/layout/section-tabs';

/** One page with drill-downs, so no tabs. */
@Component({
  selector: 'app-close-layout',
  imports: [RouterOutlet, SectionTabs],
  template: `
    <app-section-tabs
      heading="Close"
      summary="Month-end close: review the checklist, close periods so reported and billed time stays put, reopen with a reason."
      maxWidth="1200px"
    >
      <router-outlet />
    </app-section-tabs>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CloseLayout {}
