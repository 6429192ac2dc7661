import { EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';
import { APP_ICONS } from '../core/icons/app-icons';

/** Registers every app icon as an empty inline SVG, so component tests need no HTTP for icons. */
export function provideTestIcons(): EnvironmentProviders {
  return provideAppInitializer(() => {
    const registry = inject(MatIconRegistry);
    const emptySvg = inject(DomSanitizer).bypassSecurityTrustHtml('<svg></svg>');
    for (const name of APP_ICONS) {
      registry.addSvgIconLiteral(name, emptySvg);
    }
  });
}
