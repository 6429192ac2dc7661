import { Injectable, type PipeTransform } from '@nestjs/common';
import { Matches } from 'class-validator';
import { ValidationError, isLocalDate, isUuid } from '@billing/shared/kernel';

export const IsLocalDateText = () => Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date YYYY-MM-DD' });

/** `:id` path parameters: 400 naming the parameter unless a UUID. */
@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUuid(value)) throw ValidationError.single('id', `must be a lower-case UUID, got ${value}`);
    return value;
  }
}

/** `:date` path parameters and date query values. */
@Injectable()
export class LocalDateParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isLocalDate(value)) throw ValidationError.single('date', `must be a calendar date YYYY-MM-DD, got ${value}`);
    return value;
  }
}
