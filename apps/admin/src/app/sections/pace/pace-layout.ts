import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SectionPage, SectionTabs } from '../../shared/layout/section-tabs';
import { PaceContext } from './shared/pace-context';

@Component({
  selector: 'app-pace-layout',
  imports: [RouterOutlet, SectionTabs],
  template: `
    <app-section-tabs
      heading="Pace"
      summary="Tracked against expected hours: who is complete, who is behind, and the schedules behind the figures."
      [pages]="pages()"
      maxWidth="1400px"
    >
      <router-outlet />
    </app-section-tabs>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaceLayout {
  private readonly context = inject(PaceContext);

  protected readonly pages = computed((): SectionPage[] => {
    const own = this.context.memberId();
    return [
      { path: '/pace', label: 'Heat map', exact: true },
      { path: '/pace/behind', label: 'Behind' },
      ...(own ? [{ path: `/pace/members/${own}`, label: 'My week' }] : []),
      { path: '/pace/schedules', label: 'Schedules & time off' },
      { path: '/pace/holidays', label: 'Holidays' },
    ];
  });
}
