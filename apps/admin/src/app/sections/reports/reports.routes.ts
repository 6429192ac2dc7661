import { Routes } from '@angular/router';
import { SectionPlaceholderPage } from '../section-placeholder-page';

export const reportsRoutes: Routes = [{ path: '', component: SectionPlaceholderPage, data: { section: 'reports' } }];
