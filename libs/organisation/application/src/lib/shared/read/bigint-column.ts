import type { ValueTransformer } from 'typeorm';

/** PostgreSQL bigint arrives as a string; money in minor units fits a JS safe integer, so read it as a number. */
export const BIGINT_AS_NUMBER: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
