import { Routes } from '@angular/router';
import { SectionPlaceholderPage } from '../section-placeholder-page';

export const paceRoutes: Routes = [{ path: '', component: SectionPlaceholderPage, data: { section: 'pace' } }];
