import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SectionTabs } from '../../shared/layout/section-tabs';
import { TIME_PAGES } from './time-pages';
import { TimerBar } from './timer/timer-bar';

@Component({
  selector: 'app-time-layout',
  imports: [RouterOutlet, SectionTabs, TimerBar],
  template: `
    <app-section-tabs heading="Time" summary="Track, correct and import working time." [pages]="pages" maxWidth="1200px">
      <app-timer-bar sectionBeforeTabs />
      <router-outlet />
    </app-section-tabs>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeLayout {
  protected readonly pages = TIME_PAGES;
}
