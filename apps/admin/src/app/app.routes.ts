import { Route } from '@angular/router';
import { authGuard, guestGuard } from './core/auth/auth.guards';
import { homeRedirectGuard, sectionGuard } from './core/navigation/section.guards';

const PRODUCT = 'Ledgerline';

export const appRoutes: Route[] = [
  {
    path: 'login',
    title: `Sign in · ${PRODUCT}`,
    canActivate: [guestGuard],
    loadComponent: () => import('./login/login-page').then((m) => m.LoginPage),
  },
  {
    // Public: a saved report opened through its shared link, without signing in.
    path: 'shared/:token',
    title: `Shared report · ${PRODUCT}`,
    loadComponent: () => import('./public/shared-report/shared-report-page').then((m) => m.SharedReportPage),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: PRODUCT,
        canActivate: [homeRedirectGuard],
        loadComponent: () => import('./home/no-sections-page').then((m) => m.NoSectionsPage),
      },
      {
        path: 'time',
        title: `Time · ${PRODUCT}`,
        canActivate: [sectionGuard('time')],
        loadChildren: () => import('./sections/time/time.routes').then((m) => m.timeRoutes),
      },
      {
        path: 'reports',
        title: `Reports · ${PRODUCT}`,
        canActivate: [sectionGuard('reports')],
        loadChildren: () => import('./sections/reports/reports.routes').then((m) => m.reportsRoutes),
      },
      {
        path: 'billing',
        title: `Billing · ${PRODUCT}`,
        canActivate: [sectionGuard('billing')],
        loadChildren: () => import('./sections/billing/billing.routes').then((m) => m.billingRoutes),
      },
      {
        path: 'close',
        title: `Close · ${PRODUCT}`,
        canActivate: [sectionGuard('close')],
        loadChildren: () => import('./sections/close/close.routes').then((m) => m.closeRoutes),
      },
      {
        path: 'pace',
        title: `Pace · ${PRODUCT}`,
        canActivate: [sectionGuard('pace')],
        loadChildren: () => import('./sections/pace/pace.routes').then((m) => m.paceRoutes),
      },
      {
        path: 'audit',
        title: `Audit · ${PRODUCT}`,
        canActivate: [sectionGuard('audit')],
        loadChildren: () => import('./sections/audit/audit.routes').then((m) => m.auditRoutes),
      },
      {
        path: 'setup',
        title: `Setup · ${PRODUCT}`,
        canActivate: [sectionGuard('setup')],
        loadChildren: () => import('./sections/setup/setup.routes').then((m) => m.setupRoutes),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
