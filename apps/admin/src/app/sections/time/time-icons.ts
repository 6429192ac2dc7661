import { inject } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer } from '@angular/platform-browser';

/**
 * Icons only the Time section uses (Material Symbols, outlined, weight 400, from @material-symbols/svg-400),
 * registered as literals when the section loads so the shell's icon list and its asset glob stay as they are.
 */
const TIME_ICON_PATHS: Readonly<Record<string, string>> = {
  exposure: 'M180-120q-24 0-42-18t-18-42v-600q0-24 18-42t42-18h600q24 0 42 18t18 42v600q0 24-18 42t-42 18H180Zm0-60h600v-600L180-180Zm414-48v-88h-88v-50h88v-88h50v88h88v50h-88v88h-50ZM228-638h202v-50H228v50Z',
  play_arrow: 'M320-203v-560l440 280-440 280Zm60-280Zm0 171 269-171-269-171v342Z',
  stop: 'M300-660v360-360Zm-60 420v-480h480v480H240Zm60-60h360v-360H300v360Z',
  chevron_left: 'M561-240 320-481l241-241 43 43-198 198 198 198-43 43Z',
  chevron_right: 'M530-481 332-679l43-43 241 241-241 241-43-43 198-198Z',
  upload_file: 'M452-202h60v-201l82 82 42-42-156-152-154 154 42 42 84-84v201ZM220-80q-24 0-42-18t-18-42v-680q0-24 18-42t42-18h361l219 219v521q0 24-18 42t-42 18H220Zm331-554v-186H220v680h520v-494H551ZM220-820v186-186 680-680Z',
  delete: 'M261-120q-24.75 0-42.37-17.63Q201-155.25 201-180v-570h-41v-60h188v-30h264v30h188v60h-41v570q0 24-18 42t-42 18H261Zm438-630H261v570h438v-570ZM367-266h60v-399h-60v399Zm166 0h60v-399h-60v399ZM261-750v570-570Z',
  today: 'M284-338.18q-28-28.19-28-69Q256-448 284.18-476q28.19-28 69-28Q394-504 422-475.82q28 28.19 28 69Q450-366 421.82-338q-28.19 28-69 28Q312-310 284-338.18ZM180-80q-24 0-42-18t-18-42v-620q0-24 18-42t42-18h65v-60h65v60h340v-60h65v60h65q24 0 42 18t18 42v620q0 24-18 42t-42 18H180Zm0-60h600v-430H180v430Zm0-490h600v-130H180v130Zm0 0v-130 130Z',
};

export function registerTimeIcons(): void {
  const registry = inject(MatIconRegistry);
  const sanitizer = inject(DomSanitizer);
  for (const [name, path] of Object.entries(TIME_ICON_PATHS)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 -960 960 960"><path d="${path}"/></svg>`;
    registry.addSvgIconLiteral(name, sanitizer.bypassSecurityTrustHtml(svg));
  }
}
