import { inject, Provider } from '@angular/core';
import { ControlContainer } from '@angular/forms';

/**
 * viewProviders of a component that renders fields of its parent's form: its formControlName directives bind to
 * the enclosing form group, so the parent's submit, validity and error state cover them.
 */
export const ENCLOSING_FORM: Provider[] = [{ provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) }];
