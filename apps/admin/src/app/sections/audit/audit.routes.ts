import { Routes } from '@angular/router';
import { SectionPlaceholderPage } from '../section-placeholder-page';

export const auditRoutes: Routes = [{ path: '', component: SectionPlaceholderPage, data: { section: 'audit' } }];
