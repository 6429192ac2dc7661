import { applyDecorators, type Type as ClassType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsOptional, ValidateNested } from 'class-validator';

/** A required object property validated by its own DTO class (a missing or non-object value is a 400 naming it). */
export const NestedProperty = (dto: () => ClassType): PropertyDecorator =>
  applyDecorators(ApiProperty({ type: dto }), IsDefined(), IsObject(), ValidateNested(), Type(dto));

/** An optional object property validated by its own DTO class when present. */
export const OptionalNestedProperty = (dto: () => ClassType): PropertyDecorator =>
  applyDecorators(ApiPropertyOptional({ type: dto }), IsOptional(), IsObject(), ValidateNested(), Type(dto));
