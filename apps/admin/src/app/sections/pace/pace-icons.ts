import { inject } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';

/** Icons only the Pace section uses (Material Symbols, outlined, weight 400), registered when the section loads. */
const PACE_ICON_PATHS: Readonly<Record<string, string>> = {
  chevron_left: 'M561-240 320-481l241-241 43 43-198 198 198 198-43 43Z',
  chevron_right: 'M530-481 332-679l43-43 241 241-241 241-43-43 198-198Z',
};

export function registerPaceIcons(): void {
  const registry = inject(MatIconRegistry);
  const sanitizer = inject(DomSanitizer);
  for (const [name, path] of Object.entries(PACE_ICON_PATHS)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 -960 960 960"><path d="${path}"/></svg>`;
    registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(svg));
  }
}
