import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsOptional, IsString, MaxLength } from 'class-validator';

/** The free-text fields every entry request may carry (create, edit, start a timer, post an adjustment). */
export abstract class EntryTextFieldsDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(20)
  tags?: string[];
}
