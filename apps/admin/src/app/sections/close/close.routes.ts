import { Routes } from '@angular/router';
import { SectionPlaceholderPage } from '../section-placeholder-page';

export const closeRoutes: Routes = [{ path: '', component: SectionPlaceholderPage, data: { section: 'close' } }];
