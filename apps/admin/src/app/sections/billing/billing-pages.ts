/** The pages of the Billing section, in tab order, with the permission each needs to be shown. */
export const BILLING_PAGES = [
  { id: 'invoices', label: 'Invoices', read: 'billing.read' },
  { id: 'run', label: 'Billing run', read: 'billing.write' },
  { id: 'rates', label: 'Rates', read: 'rates.read' },
  { id: 'audit', label: 'Billing audit', read: 'billing.read' },
] as const;

export type BillingPageId = (typeof BILLING_PAGES)[number]['id'];

export function visibleBillingPages(permissions: ReadonlySet<string>) {
  return BILLING_PAGES.filter((page) => permissions.has(page.read));
}
