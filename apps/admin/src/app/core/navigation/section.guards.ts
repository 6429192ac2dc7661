import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from '../auth/auth.service';
import { SectionId } from './section';
import { canOpenSection, visibleSectionIds } from './section-access';
import { sectionById } from './sections';

/** Keeps people out of sections their roles do not include; they land on their first section instead. */
export function sectionGuard(section: SectionId): CanActivateFn {
  return async () => {
    const auth = inject(AuthService);
    const router = inject(Router);
    await auth.restoreSession();
    return canOpenSection(auth.permissions(), section) ? true : router.createUrlTree(['/']);
  };
}

/** `/` opens the first section the person may see; with none, the "no sections" page stays. */
export const homeRedirectGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.restoreSession();
  const [first] = visibleSectionIds(auth.permissions());
  return first ? router.createUrlTree(['/', sectionById(first).path]) : true;
};
