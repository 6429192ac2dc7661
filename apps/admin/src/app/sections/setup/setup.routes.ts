import { Routes } from '@angular/router';
import { setupHomeGuard, setupPageGuard } from './setup-access';
import { SetupLayout } from './setup-layout';

export const setupRoutes: Routes = [
  {
    path: '',
    component: SetupLayout,
    children: [
      { path: '', pathMatch: 'full', canActivate: [setupHomeGuard], children: [] },
      {
        path: 'organisation',
        title: 'Organisation · Setup · Ledgerline',
        canActivate: [setupPageGuard('organisation')],
        loadComponent: () => import('./organisation/organisation-settings-page').then((m) => m.OrganisationSettingsPage),
      },
      {
        path: 'members',
        title: 'Members · Setup · Ledgerline',
        canActivate: [setupPageGuard('members')],
        loadComponent: () => import('./members/members-page').then((m) => m.MembersPage),
      },
      {
        path: 'teams',
        title: 'Teams · Setup · Ledgerline',
        canActivate: [setupPageGuard('teams')],
        loadComponent: () => import('./teams/teams-page').then((m) => m.TeamsPage),
      },
      {
        path: 'clients',
        title: 'Clients · Setup · Ledgerline',
        canActivate: [setupPageGuard('clients')],
        loadComponent: () => import('./clients/clients-page').then((m) => m.ClientsPage),
      },
      {
        path: 'projects',
        title: 'Projects · Setup · Ledgerline',
        canActivate: [setupPageGuard('projects')],
        loadComponent: () => import('./projects/projects-page').then((m) => m.ProjectsPage),
      },
      {
        path: 'projects/:projectId',
        title: 'Project · Setup · Ledgerline',
        canActivate: [setupPageGuard('projects')],
        loadComponent: () => import('./projects/detail/project-detail-page').then((m) => m.ProjectDetailPage),
      },
    ],
  },
];
