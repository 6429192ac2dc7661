import { provideEnvironmentInitializer } from '@angular/core';
import { Routes } from '@angular/router';
import { registerPaceIcons } from './pace-icons';
import { PaceLayout } from './pace-layout';
import { PaceContext } from './shared/pace-context';

export const paceRoutes: Routes = [
  {
    path: '',
    component: PaceLayout,
    providers: [PaceContext, provideEnvironmentInitializer(registerPaceIcons)],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Heat map · Pace · Ledgerline',
        loadComponent: () => import('./heat-map/heat-map-page').then((m) => m.HeatMapPage),
      },
      {
        path: 'behind',
        title: 'Behind · Pace · Ledgerline',
        loadComponent: () => import('./behind/behind-page').then((m) => m.BehindPage),
      },
      {
        path: 'members/:memberId',
        title: 'Week · Pace · Ledgerline',
        loadComponent: () => import('./week/member-week-page').then((m) => m.MemberWeekPage),
      },
      {
        path: 'schedules',
        title: 'Schedules · Pace · Ledgerline',
        loadComponent: () => import('./schedules/schedules-page').then((m) => m.SchedulesPage),
      },
      {
        path: 'holidays',
        title: 'Holidays · Pace · Ledgerline',
        loadComponent: () => import('./holidays/holidays-page').then((m) => m.HolidaysPage),
      },
    ],
  },
];
