import { RemindResult } from '@billing/pace/contracts';
import { dayLabel } from './pace-format';

/** What the person sees after pressing "Remind". */
export function remindOutcomeText(name: string, result: RemindResult): string {
  return result.status === 'queued'
    ? `Reminder sent to ${name} for ${dayLabel(result.on)}`
    : `${name} was already reminded for ${dayLabel(result.on)}`;
}
