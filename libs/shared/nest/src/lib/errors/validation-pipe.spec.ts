import { ValidationError } from '@billing/shared/kernel';
import { IsInt, IsString, Min } from 'class-validator';
import { createValidationPipe } from './validation-pipe';

class CreateThing {
  @IsString() name!: string;
  @IsInt() @Min(1) quantity!: number;
}

describe('createValidationPipe', () => {
  const pipe = createValidationPipe();
  const validate = (value: unknown) =>
    pipe.transform(value, { type: 'body', metatype: CreateThing });

  it('lets a valid body through as an instance of the DTO', async () => {
    await expect(validate({ name: 'a', quantity: 2 })).resolves.toBeInstanceOf(
      CreateThing,
    );
  });

  it('refuses unknown fields and bad values with every { path, reason }', async () => {
    const error: unknown = await validate({
      name: 'a',
      quantity: 0,
      colour: 'red',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toHaveLength(2);
    expect((error as ValidationError).fields).toEqual(
      expect.arrayContaining([
        { path: 'quantity', reason: 'quantity must not be less than 1' },
        { path: 'colour', reason: 'property colour should not exist' },
      ]),
    );
  });
});
