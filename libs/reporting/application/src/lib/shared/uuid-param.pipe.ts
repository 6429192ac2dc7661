import { Injectable, type PipeTransform } from '@nestjs/common';
import { isUuid, ValidationError } from '@billing/shared/kernel';

/** A path id that must be a UUID: 400 naming the parameter otherwise (never a 500 from the database). */
@Injectable()
export class UuidParam implements PipeTransform<string, string> {
  constructor(private readonly name = 'id') {}

  transform(value: string): string {
    if (!isUuid(value))
      throw ValidationError.single(this.name, 'must be a UUID');
    return value;
  }
}
