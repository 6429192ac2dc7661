import {
  isRelativePeriod,
  isReportRebuildRunning,
  isReportGroupBy,
  MAX_GROUP_LEVELS,
  REPORT_GROUP_BY,
} from '../index';

describe('reporting contracts', () => {
  it('names eight group-by dimensions, three levels deep', () => {
    expect(REPORT_GROUP_BY).toHaveLength(8);
    expect(MAX_GROUP_LEVELS).toBe(3);
    expect(isReportGroupBy('week')).toBe(true);
    expect(isReportGroupBy('year')).toBe(false);
  });

  it('recognises relative periods', () => {
    expect(isRelativePeriod('last_month')).toBe(true);
    expect(isRelativePeriod('next_month')).toBe(false);
  });

  it('calls a rebuild running between idle and its end', () => {
    expect(isReportRebuildRunning('idle')).toBe(false);
    expect(isReportRebuildRunning('replaying')).toBe(true);
    expect(isReportRebuildRunning('switching')).toBe(true);
    expect(isReportRebuildRunning('done')).toBe(false);
    expect(isReportRebuildRunning('failed')).toBe(false);
  });
});
