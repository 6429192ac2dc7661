import { provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { registerReportIcons } from '../../shared/report/report-icons';
import { ReportsLayout } from './reports-layout';

export const reportsRoutes: Routes = [
  {
    path: '',
    component: ReportsLayout,
    providers: [provideEnvironmentInitializer(registerReportIcons)],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'report' },
      {
        path: 'report',
        title: 'Report · Reports · Ledgerline',
        loadComponent: () => import('./builder/report-page').then((m) => m.ReportPage),
      },
      {
        path: 'saved',
        title: 'Saved reports · Reports · Ledgerline',
        loadComponent: () => import('./saved/saved-reports-page').then((m) => m.SavedReportsPage),
      },
      {
        path: 'exports',
        title: 'Exports · Reports · Ledgerline',
        loadComponent: () => import('./exports/exports-page').then((m) => m.ExportsPage),
      },
    ],
  },
];
