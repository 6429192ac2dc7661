import { EXPORT_FORMATS, EXPORT_STATUSES, isExportFormat } from '../index';

describe('exports contracts', () => {
  it('list the formats and statuses the API accepts and returns', () => {
    expect(EXPORT_FORMATS).toEqual(['csv', 'xlsx', 'pdf', 'json']);
    expect(EXPORT_STATUSES).toEqual(expect.arrayContaining(['queued', 'running', 'completed', 'failed', 'cancelled']));
  });

  it('recognises a format by its exact lower-case name only', () => {
    expect(EXPORT_FORMATS.every(isExportFormat)).toBe(true);
    expect(['CSV', 'xls', '', null, 3].some(isExportFormat)).toBe(false);
  });
});
