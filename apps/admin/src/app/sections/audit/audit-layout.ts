import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SectionTabs } from '../../shared/layout/section-tabs';
import { AUDIT_PAGES } from './audit-pages';

@Component({
  selector: 'app-audit-layout',
  imports: [RouterOutlet, SectionTabs],
  template: `
    <app-section-tabs
      heading="Audit"
      summary="Every change with who, when and why; proof that nothing was altered. Read-only: the checks here change nothing."
      [pages]="pages"
      maxWidth="1200px"
    >
      <router-outlet />
    </app-section-tabs>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLayout {
  protected readonly pages = AUDIT_PAGES;
}
