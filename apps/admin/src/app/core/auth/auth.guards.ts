import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** Lets signed-in people into the shell; everyone else goes to /login and comes back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  if (await auth.restoreSession()) {
    return true;
  }
  const queryParams = state.url === '/' ? {} : { returnUrl: state.url };
  return router.createUrlTree(['/login'], { queryParams });
};

/** Someone already signed in has no business on the login page. */
export const guestGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return (await auth.restoreSession()) ? router.createUrlTree(['/']) : true;
};
