import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReportGroup } from '@billing/reporting/contracts';
import { ChartMetric, chartSeries, CHART_METRIC_LABELS } from './chart-data';
import { axisScale, labelStride, scaled } from './chart-scale';

const WIDTH = 960;
const BAR_ROW = 28;
const BAR_LABEL = 200;
const BAR_VALUE = 120;
const COLUMN_HEIGHT = 220;
const AXIS_LEFT = 72;
const AXIS_BOTTOM = 28;

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * The top level of a report as a small SVG: horizontal bars per group, or columns over time when the top level is a
 * day, week or month. Each bar is an image named "label: value" for screen readers; no chart library.
 */
@Component({
  selector: 'app-report-chart',
  templateUrl: './report-chart.html',
  styleUrl: './report-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportChart {
  readonly groups = input.required<readonly ReportGroup[]>();
  readonly metric = input<ChartMetric>('tracked');
  /** What the top level is, e.g. "project". */
  readonly dimensionLabel = input('group');

  protected readonly width = WIDTH;
  protected readonly series = computed(() => chartSeries(this.groups(), this.metric()));
  protected readonly caption = computed(() => `${CHART_METRIC_LABELS[this.metric()]} by ${this.dimensionLabel().toLowerCase()}`);

  protected readonly bars = computed(() => {
    const series = this.series();
    if (!series || series.kind !== 'bars') {
      return null;
    }
    const scale = axisScale(Math.max(0, ...series.points.map((point) => point.value)), series.unit);
    const length = WIDTH - BAR_LABEL - BAR_VALUE;
    return {
      height: series.points.length * BAR_ROW + 4,
      labelX: BAR_LABEL - 12,
      barX: BAR_LABEL,
      hidden: series.hidden,
      rows: series.points.map((point, index) => {
        const barWidth = scaled(point.value, scale, length);
        return {
          ...point,
          short: truncate(point.label, 28),
          y: index * BAR_ROW + 4,
          width: Math.max(point.value > 0 ? 2 : 0, barWidth),
          valueX: BAR_LABEL + barWidth + 8,
        };
      }),
    };
  });

  protected readonly columns = computed(() => {
    const series = this.series();
    if (!series || series.kind !== 'columns') {
      return null;
    }
    const scale = axisScale(Math.max(0, ...series.points.map((point) => point.value)), series.unit);
    const plotWidth = WIDTH - AXIS_LEFT - 8;
    const slot = plotWidth / Math.max(1, series.points.length);
    const stride = labelStride(series.points.length, 14);
    return {
      height: COLUMN_HEIGHT + AXIS_BOTTOM,
      left: AXIS_LEFT,
      right: WIDTH - 8,
      baseline: COLUMN_HEIGHT,
      ticks: scale.ticks.map((tick) => ({ y: COLUMN_HEIGHT - scaled(tick, scale, COLUMN_HEIGHT - 12), text: series.format(tick) })),
      points: series.points.map((point, index) => {
        const height = scaled(point.value, scale, COLUMN_HEIGHT - 12);
        const columnWidth = Math.max(2, Math.min(48, slot * 0.7));
        return {
          ...point,
          x: AXIS_LEFT + index * slot + (slot - columnWidth) / 2,
          centre: AXIS_LEFT + index * slot + slot / 2,
          width: columnWidth,
          y: COLUMN_HEIGHT - height,
          height: Math.max(point.value > 0 ? 1 : 0, height),
          showLabel: index % stride === 0,
        };
      }),
    };
  });
}
