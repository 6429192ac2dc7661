import { inject } from '@angular/core';
import { CanActivateFn, Router, Routes } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { BillingLayout } from './billing-layout';
import { BillingPageId, BILLING_PAGES, visibleBillingPages } from './billing-pages';

/** Opens a page only for people who may read it; others land on the first page they may see. */
function billingPageGuard(id: BillingPageId): CanActivateFn {
  return () => {
    const auth = inject(AuthService);
    const page = BILLING_PAGES.find((candidate) => candidate.id === id);
    if (page && auth.can(page.read)) {
      return true;
    }
    const [first] = visibleBillingPages(auth.permissions());
    return inject(Router).createUrlTree(first && first.id !== id ? ['/billing', first.id] : ['/']);
  };
}

const billingHomeGuard: CanActivateFn = () => {
  const [first] = visibleBillingPages(inject(AuthService).permissions());
  return inject(Router).createUrlTree(first ? ['/billing', first.id] : ['/']);
};

export const billingRoutes: Routes = [
  {
    path: '',
    component: BillingLayout,
    children: [
      { path: '', pathMatch: 'full', canActivate: [billingHomeGuard], children: [] },
      {
        path: 'invoices',
        title: 'Invoices · Billing · Ledgerline',
        canActivate: [billingPageGuard('invoices')],
        loadComponent: () => import('./invoices/invoices-page').then((m) => m.InvoicesPage),
      },
      {
        path: 'invoices/:invoiceId',
        title: 'Invoice · Billing · Ledgerline',
        canActivate: [billingPageGuard('invoices')],
        loadComponent: () => import('./invoice/invoice-page').then((m) => m.InvoicePage),
      },
      {
        path: 'run',
        title: 'Billing run · Billing · Ledgerline',
        canActivate: [billingPageGuard('run')],
        loadComponent: () => import('./run/billing-run-page').then((m) => m.BillingRunPage),
      },
      {
        path: 'rates',
        title: 'Rates · Billing · Ledgerline',
        canActivate: [billingPageGuard('rates')],
        loadComponent: () => import('./rates/rates-page').then((m) => m.RatesPage),
      },
      {
        path: 'audit',
        title: 'Billing audit · Billing · Ledgerline',
        canActivate: [billingPageGuard('audit')],
        loadComponent: () => import('./audit/billing-audit-page').then((m) => m.BillingAuditPage),
      },
    ],
  },
];
