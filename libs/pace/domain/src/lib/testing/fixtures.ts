import { type LocalDate, type MemberId, parseLocalDate } from '@billing/shared/kernel';
import type { WeekdaySeconds } from '../member-pace/member-pace.events';

export const HOUR = 3_600;
export const MEMBER = '00000000-0000-4000-8000-0000000000a1' as MemberId;
export const STRANGER = '00000000-0000-4000-8000-0000000000ff' as MemberId;
export const day = (value: string): LocalDate => parseLocalDate(value);
/** 8 h Monday to Friday. */
export const FULL_TIME: WeekdaySeconds = [8 * HOUR, 8 * HOUR, 8 * HOUR, 8 * HOUR, 8 * HOUR, 0, 0];
/** 4 h Monday to Friday. */
export const HALF_TIME: WeekdaySeconds = [4 * HOUR, 4 * HOUR, 4 * HOUR, 4 * HOUR, 4 * HOUR, 0, 0];
export const context = { isKnownMember: (memberId: MemberId) => memberId !== STRANGER };
