import { provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { TimeContext } from './shared/time-context';
import { registerTimeIcons } from './time-icons';
import { TimeLayout } from './time-layout';

export const timeRoutes: Routes = [
  {
    path: '',
    component: TimeLayout,
    providers: [TimeContext, provideEnvironmentInitializer(registerTimeIcons)],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'week' },
      {
        path: 'week',
        title: 'Week · Time · Ledgerline',
        loadComponent: () => import('./week/week-page').then((m) => m.WeekPage),
      },
      {
        path: 'entries',
        title: 'Entries · Time · Ledgerline',
        loadComponent: () => import('./entries/entries-page').then((m) => m.EntriesPage),
      },
      {
        path: 'import',
        title: 'Calendar import · Time · Ledgerline',
        loadComponent: () => import('./import/import-page').then((m) => m.ImportPage),
      },
      {
        path: 'audit',
        title: 'Quality audit · Time · Ledgerline',
        loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage),
      },
    ],
  },
];
