import { Matches } from 'class-validator';

export const LOCAL_DATE_PATTERN =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const IsLocalDateText = () =>
  Matches(LOCAL_DATE_PATTERN, {
    message: '$property must be a calendar date YYYY-MM-DD',
  });
