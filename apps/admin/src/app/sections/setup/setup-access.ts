import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { SetupPageId, setupPage, visibleSetupPages } from './setup-pages';

/** Opens a Setup page only for people who may read it; others land on the first page they may see. */
export function setupPageGuard(id: SetupPageId): CanActivateFn {
  return () => {
    const auth = inject(AuthService);
    const router = inject(Router);
    if (auth.can(setupPage(id).read)) {
      return true;
    }
    const [first] = visibleSetupPages(auth.permissions());
    return first && first.id !== id ? router.createUrlTree(['/setup', first.id]) : router.createUrlTree(['/']);
  };
}

/** `/setup` opens the first page the person may see. */
export const setupHomeGuard: CanActivateFn = () => {
  const [first] = visibleSetupPages(inject(AuthService).permissions());
  return inject(Router).createUrlTree(first ? ['/setup', first.id] : ['/']);
};

/** Whether the signed-in person may change what a Setup page shows. */
export function canWrite(auth: AuthService, id: SetupPageId): boolean {
  return auth.can(setupPage(id).write);
}
