import { ChangeDetectionStrategy, Component } from '@angular/core';

/** What the heat map's colours and patterns mean. */
@Component({
  selector: 'app-pace-heat-map-legend',
  template: `
    <ul class="legend" aria-label="Legend">
      @for (entry of entries; track entry.className) {
        <li><span [class]="'swatch cell ' + entry.className" aria-hidden="true"></span>{{ entry.label }}</li>
      }
    </ul>
  `,
  styleUrl: './heat-map-cells.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeatMapLegend {
  protected readonly entries = [
    { className: 'kind-work bucket-full', label: 'Complete' },
    { className: 'kind-work bucket-near', label: '90 % or more' },
    { className: 'kind-work bucket-half', label: '50–89 %' },
    { className: 'kind-work bucket-low', label: 'Under 50 %' },
    { className: 'kind-weekend bucket-extra', label: 'Tracked, nothing expected' },
    { className: 'kind-weekend bucket-none', label: 'Weekend or nothing expected' },
    { className: 'kind-holiday bucket-none', label: 'Holiday' },
    { className: 'kind-time-off bucket-none', label: 'Time off (striped: part of the day)' },
    { className: 'kind-future bucket-none', label: 'Still to come' },
  ];
}
