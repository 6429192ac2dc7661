import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, MaxLength, Min, ValidateIf } from 'class-validator';
import type { CreateTaskRequest, TaskListQuery, UpdateTaskRequest } from '@billing/organisation/contracts';
import { ListQueryDto } from '../shared/http/list-query.dto';

export class CreateTaskBody implements CreateTaskRequest {
  @ApiProperty({ example: 'Design', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ nullable: true, description: 'Whole seconds' })
  @IsOptional()
  @ValidateIf((_body: unknown, value: unknown) => value !== null)
  @IsInt()
  @Min(0)
  estimateSeconds?: number | null;

  @ApiPropertyOptional({ description: "Default: the project's default billable" })
  @IsOptional()
  @IsBoolean()
  billable?: boolean;
}

export class UpdateTaskBody implements UpdateTaskRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_body: unknown, value: unknown) => value !== null)
  @IsInt()
  @Min(0)
  estimateSeconds?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  billable?: boolean;
}

export class TaskListQueryDto extends ListQueryDto implements TaskListQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  archived?: boolean;
}
