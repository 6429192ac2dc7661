import { FormControl, FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import { ClientView, CreateClientRequest } from '@billing/organisation/contracts';
import { PathAliases } from '../shared/api-error';
import { currencyCode, MAX_NAME_LENGTH, nameRequired } from '../shared/form-validators';
import { basisPointsToPercentText, parsePercentToBasisPoints } from '../shared/percent-text';
import { percentTextValidator } from '../shared/text-validators';

export type ClientForm = FormGroup<{
  name: FormControl<string>;
  currency: FormControl<string>;
  taxRatePercent: FormControl<string>;
  responsibleIds: FormControl<string[]>;
}>;

/** The server names the tax rate in basis points; the form shows a percentage. */
export const CLIENT_PATH_ALIASES: PathAliases = { taxRateBasisPoints: 'taxRatePercent' };

export function buildClientForm(fb: NonNullableFormBuilder, defaultCurrency: string): ClientForm {
  return fb.group({
    name: fb.control('', [Validators.required, nameRequired, Validators.maxLength(MAX_NAME_LENGTH)]),
    currency: fb.control(defaultCurrency, [Validators.required, currencyCode]),
    taxRatePercent: fb.control('0', [Validators.required, percentTextValidator]),
    responsibleIds: fb.control<string[]>([]),
  });
}

export function clientFormValue(client: ClientView): ClientForm['value'] {
  return {
    name: client.name,
    currency: client.currency,
    taxRatePercent: basisPointsToPercentText(client.taxRateBasisPoints),
    responsibleIds: [...client.responsibleIds],
  };
}

/** The request the valid form stands for. */
export function clientRequest(form: ClientForm): Required<CreateClientRequest> {
  const value = form.getRawValue();
  const tax = parsePercentToBasisPoints(value.taxRatePercent);
  return {
    name: value.name.trim(),
    currency: value.currency.trim().toUpperCase(),
    taxRateBasisPoints: tax.ok ? tax.value : 0,
    responsibleIds: value.responsibleIds,
  };
}

/** What the server holds, in request form: the baseline a PATCH is diffed against. */
export function clientRequestOf(client: ClientView): Required<CreateClientRequest> {
  return {
    name: client.name,
    currency: client.currency,
    taxRateBasisPoints: client.taxRateBasisPoints,
    responsibleIds: [...client.responsibleIds],
  };
}
