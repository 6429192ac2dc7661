import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateTimeEntryDto } from '../../time-entries/create-time-entry/create-time-entry.dto';
import { PostAdjustmentDto } from '../../time-entries/post-adjustment/post-adjustment.dto';
import { UpdateTimeEntryDto } from '../../time-entries/update-time-entry/update-time-entry.dto';
import { StartTimerDto } from '../../timer/start-timer/start-timer.dto';

const invalidFieldsOf = (dto: object, body: object): string[] =>
  validateSync(plainToInstance(dto as new () => object, body), { whitelist: true, forbidNonWhitelisted: true })
    .map((error) => error.property)
    .filter((property) => property === 'description' || property === 'tags');

describe.each([CreateTimeEntryDto, UpdateTimeEntryDto, StartTimerDto, PostAdjustmentDto])('%p text fields', (dto) => {
  it('refuses a description over 2000 characters and more than 20 tags', () => {
    expect(invalidFieldsOf(dto, { description: 'x'.repeat(2001), tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }).sort()).toEqual([
      'description',
      'tags',
    ]);
  });

  it('accepts them within the limits', () => {
    expect(invalidFieldsOf(dto, { description: 'x'.repeat(2000), tags: ['a', 'b'] })).toEqual([]);
  });
});
