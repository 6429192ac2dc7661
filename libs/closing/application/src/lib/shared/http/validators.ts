import { Matches } from 'class-validator';

export const PERIOD_KEY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const IsPeriodKey = () => Matches(PERIOD_KEY_PATTERN, { message: '$property must be a month YYYY-MM' });

/** `?teamId=a&teamId=b` or `?teamId=a,b` as a list. */
export const toList = ({ value }: { value: unknown }): unknown =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value]).flatMap((item) => (typeof item === 'string' ? item.split(',').filter((part) => part !== '') : [item]));
