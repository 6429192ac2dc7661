import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ValidationError, isUuid } from '@billing/shared/kernel';

/** Path ids must be UUIDs: anything else is a 400 naming the parameter, never a database error. */
@Injectable()
export class EntryIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (!isUuid(value)) throw ValidationError.single(metadata.data ?? 'id', 'must be a lower-case UUID');
    return value;
  }
}
