import { inject } from '@angular/core';
import { AuthService } from '../../../core/auth/auth.service';

/**
 * Whether the person may create online links (`reports.share`). Servers that send no permission list leave it to
 * the roles, and every role that reads reports may share its own. Call in an injection context.
 */
export function canShareLinks(): boolean {
  const auth = inject(AuthService);
  return auth.user()?.permissions ? auth.can('reports.share') : auth.can('reports.read');
}
