import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID, ValidateIf } from 'class-validator';
import {
  RATE_LEVEL_NAMES,
  type RateLevelName,
  type RateScopeDto,
} from '@billing/rates/contracts';
import type {
  MemberId,
  ProjectId,
  TaskId,
  ClientId,
} from '@billing/shared/kernel';
import type { RateScope } from '@billing/rates/domain';

const needs =
  (field: 'memberId' | 'projectId' | 'taskId' | 'clientId') =>
  (scope: RateScopeBody) => {
    switch (field) {
      case 'memberId':
        return scope.level === 'member-on-project' || scope.level === 'member';
      case 'projectId':
        return (
          scope.level === 'member-on-project' ||
          scope.level === 'task' ||
          scope.level === 'project'
        );
      case 'taskId':
        return scope.level === 'task';
      case 'clientId':
        return scope.level === 'client';
    }
  };

/** A scope in a body or query: the ids its level needs are required, others are refused by being ignored. */
export class RateScopeBody implements RateScopeDto {
  @ApiProperty({ enum: RATE_LEVEL_NAMES })
  @IsIn(RATE_LEVEL_NAMES)
  level!: RateLevelName;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'member-on-project, member',
  })
  @ValidateIf(needs('memberId'))
  @IsUUID('all')
  memberId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'member-on-project, task, project',
  })
  @ValidateIf(needs('projectId'))
  @IsUUID('all')
  projectId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'task' })
  @ValidateIf(needs('taskId'))
  @IsUUID('all')
  taskId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'client' })
  @ValidateIf(needs('clientId'))
  @IsUUID('all')
  clientId?: string;
}

export function scopeOf(body: RateScopeDto): RateScope {
  switch (body.level) {
    case 'member-on-project':
      return {
        level: body.level,
        memberId: body.memberId as MemberId,
        projectId: body.projectId as ProjectId,
      };
    case 'task':
      return {
        level: body.level,
        projectId: body.projectId as ProjectId,
        taskId: body.taskId as TaskId,
      };
    case 'project':
      return { level: body.level, projectId: body.projectId as ProjectId };
    case 'client':
      return { level: body.level, clientId: body.clientId as ClientId };
    case 'member':
      return { level: body.level, memberId: body.memberId as MemberId };
    case 'organisation':
      return { level: body.level };
  }
}

export function scopeDtoOf(scope: RateScope): RateScopeDto {
  const { level, ...ids } = scope as RateScope & Record<string, string>;
  return { level, ...ids };
}

/** Keeps the scope fields only (a query string carries the scope next to other parameters). */
export function pickScope(body: RateScopeDto): RateScopeDto {
  const { level, memberId, projectId, taskId, clientId } = body;
  return {
    level,
    ...(memberId === undefined ? {} : { memberId }),
    ...(projectId === undefined ? {} : { projectId }),
    ...(taskId === undefined ? {} : { taskId }),
    ...(clientId === undefined ? {} : { clientId }),
  };
}
