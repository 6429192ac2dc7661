import { Routes } from '@angular/router';
import { SectionPlaceholderPage } from '../section-placeholder-page';

export const setupRoutes: Routes = [{ path: '', component: SectionPlaceholderPage, data: { section: 'setup' } }];
