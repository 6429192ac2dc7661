import { Routes } from '@angular/router';
import { SectionPlaceholderPage } from '../section-placeholder-page';

export const timeRoutes: Routes = [{ path: '', component: SectionPlaceholderPage, data: { section: 'time' } }];
