import { HttpErrorResponse } from '@angular/common/http';
import { firstValueFrom, throwError } from 'rxjs';
import { classifyTimeError, explainTimeConflicts } from './time-errors';

const conflict = (code: string, message: string) => new HttpErrorResponse({ status: 409, error: { code, message } });

describe('time errors', () => {
  it('explains a closed period and a billed entry', () => {
    expect(classifyTimeError(conflict('PERIOD_CLOSED', 'Period 2026-02 is closed'))).toEqual({
      kind: 'rule',
      code: 'PERIOD_CLOSED',
      message: 'February 2026 is closed; ask finance to reopen it if this time must change.',
    });
    expect(classifyTimeError(conflict('ENTRY_BILLED', 'x')).message).toContain('billed and locked');
  });

  it('explains why an entry with adjusting entries keeps its times (reopened month)', () => {
    const failure = classifyTimeError(conflict('ENTRY_HAS_ADJUSTMENTS', 'Time entry e has adjusting entries (a1); delete its adjustments first'));
    expect(failure).toMatchObject({ kind: 'rule', code: 'ENTRY_HAS_ADJUSTMENTS' });
    expect(failure.message).toContain('Delete its adjustments first');
  });

  it('leaves a stale revision as a stale conflict', () => {
    expect(classifyTimeError(conflict('WRONG_EXPECTED_REVISION', 'x')).kind).toBe('stale');
  });

  it('rewrites the body of known conflicts for forms', async () => {
    const rewritten = firstValueFrom(throwError(() => conflict('ENTRY_BILLED', 'Time entry e is billed')).pipe(explainTimeConflicts()));
    await expect(rewritten).rejects.toMatchObject({ status: 409, error: { code: 'ENTRY_BILLED', message: expect.stringContaining('Void its invoice') } });
  });
});
