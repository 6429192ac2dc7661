import { FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import { TIME_ROUNDING_INCREMENTS, TimeRoundingDto, TimeRoundingMode } from '@billing/organisation/contracts';

export type RoundingIncrement = (typeof TIME_ROUNDING_INCREMENTS)[number];

export type TimeRoundingForm = FormGroup<{
  mode: FormControl<TimeRoundingMode>;
  incrementMinutes: FormControl<RoundingIncrement>;
}>;

export const ROUNDING_MODES: readonly { value: TimeRoundingMode; label: string }[] = [
  { value: 'none', label: 'No rounding' },
  { value: 'up', label: 'Round up' },
  { value: 'nearest', label: 'Round to nearest' },
  { value: 'down', label: 'Round down' },
];

export function buildTimeRoundingForm(fb: NonNullableFormBuilder, value: TimeRoundingDto = { mode: 'none' }): TimeRoundingForm {
  const form = fb.group({
    mode: fb.control<TimeRoundingMode>('none'),
    incrementMinutes: fb.control<RoundingIncrement>(15),
  });
  setTimeRounding(form, value);
  form.controls.mode.valueChanges.subscribe((mode) => syncIncrement(form, mode));
  return form;
}

/** The increment only means something when rounding is on. */
function syncIncrement(form: TimeRoundingForm, mode: TimeRoundingMode): void {
  if (mode === 'none') {
    form.controls.incrementMinutes.disable({ emitEvent: false });
  } else {
    form.controls.incrementMinutes.enable({ emitEvent: false });
  }
}

export function setTimeRounding(form: TimeRoundingForm, value: TimeRoundingDto): void {
  form.reset({ mode: value.mode, incrementMinutes: value.mode === 'none' ? 15 : value.incrementMinutes });
  syncIncrement(form, value.mode);
}

export function timeRoundingDto(form: TimeRoundingForm): TimeRoundingDto {
  const { mode, incrementMinutes } = form.getRawValue();
  return mode === 'none' ? { mode } : { mode, incrementMinutes };
}

export function describeRounding(value: TimeRoundingDto): string {
  return value.mode === 'none' ? 'No rounding' : `${value.mode === 'nearest' ? 'Nearest' : value.mode === 'up' ? 'Up' : 'Down'} to ${value.incrementMinutes} min`;
}
