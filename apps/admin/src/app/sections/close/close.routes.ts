import { provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { registerCloseIcons } from './close-icons';
import { CloseLayout } from './close-layout';

export const closeRoutes: Routes = [
  {
    path: '',
    component: CloseLayout,
    providers: [provideEnvironmentInitializer(registerCloseIcons)],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Periods · Close · Ledgerline',
        loadComponent: () => import('./periods/periods-page').then((m) => m.PeriodsPage),
      },
      {
        path: ':key',
        title: 'Period · Close · Ledgerline',
        loadComponent: () => import('./period/period-page').then((m) => m.PeriodPage),
      },
    ],
  },
];
