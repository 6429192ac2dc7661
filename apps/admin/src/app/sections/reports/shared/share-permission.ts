import { inject } from '@angular/core';
import { AuthService } from '../../../core/auth/auth.service';

/** Whether the person may create online links of their saved reports (`reports.share`). Call in an injection context. */
export function canShareLinks(): boolean {
  return inject(AuthService).can('reports.share');
}

/** Whether the person may save report definitions (`reports.save`; auditors change nothing). Injection context. */
export function canSaveReports(): boolean {
  return inject(AuthService).can('reports.save');
}
