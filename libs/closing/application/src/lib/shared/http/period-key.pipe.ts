import { Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationError } from '@billing/shared/kernel';

const PERIOD_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `:key` must be a month `YYYY-MM` (400 naming `key` otherwise). */
@Injectable()
export class PeriodKeyPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!PERIOD_KEY.test(value)) throw ValidationError.single('key', `must be a month YYYY-MM, got ${value}`);
    return value;
  }
}
