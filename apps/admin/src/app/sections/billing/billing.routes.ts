import { Routes } from '@angular/router';
import { SectionPlaceholderPage } from '../section-placeholder-page';

export const billingRoutes: Routes = [{ path: '', component: SectionPlaceholderPage, data: { section: 'billing' } }];
