import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';

/**
 * Material Symbols (outlined, weight 400) the app uses. project.json copies exactly these SVGs from
 * @material-symbols/svg-400 to /icons, so no icon font and no third-party host is needed.
 * Keep this list and the asset glob in apps/admin/project.json in step.
 */
export const APP_ICONS = [
  'account_circle',
  'add',
  'archive',
  'arrow_back',
  'bar_chart',
  'check_circle',
  'close',
  'edit',
  'error',
  'how_to_reg',
  'lock',
  'logout',
  'menu',
  'more_vert',
  'person_off',
  'policy',
  'receipt_long',
  'replay',
  'schedule',
  'search',
  'settings',
  'speed',
  'swap_horiz',
  'sync_problem',
  'task_alt',
  'unarchive',
  'visibility',
  'visibility_off',
] as const;

export function provideAppIcons(): EnvironmentProviders {
  return provideAppInitializer(() => {
    const registry = inject(MatIconRegistry);
    const sanitizer = inject(DomSanitizer);
    for (const name of APP_ICONS) {
      registry.addSvgIcon(name, sanitizer.bypassSecurityTrustResourceUrl(`icons/${name}.svg`));
    }
  });
}
