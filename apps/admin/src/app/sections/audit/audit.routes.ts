import { Routes } from '@angular/router';
import { AuditLayout } from './audit-layout';

export const auditRoutes: Routes = [
  {
    path: '',
    component: AuditLayout,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'log' },
      { path: 'log', title: 'Audit log · Audit · Ledgerline', loadComponent: () => import('./log/audit-log-page').then((m) => m.AuditLogPage) },
      { path: 'history', title: 'Entity history · Audit · Ledgerline', loadComponent: () => import('./history/entity-history-page').then((m) => m.EntityHistoryPage) },
      {
        path: 'history/:entityType/:entityId',
        title: 'Entity history · Audit · Ledgerline',
        loadComponent: () => import('./history/entity-history-page').then((m) => m.EntityHistoryPage),
      },
      { path: 'verify', title: 'Verification · Audit · Ledgerline', loadComponent: () => import('./verify/verify-page').then((m) => m.VerifyPage) },
      { path: 'replay', title: 'Replay and diff · Audit · Ledgerline', loadComponent: () => import('./replay/replay-page').then((m) => m.ReplayPage) },
      { path: 'projections', title: 'Projections · Audit · Ledgerline', loadComponent: () => import('./projections/projections-page').then((m) => m.ProjectionsPage) },
      { path: 'as-of', title: 'Reports as of a close · Audit · Ledgerline', loadComponent: () => import('./as-of/as-of-page').then((m) => m.AsOfPage) },
    ],
  },
];
