import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Clock } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { DataSource } from 'typeorm';
import { AuditQueryRecord } from './audit-query-record.entity';

export type AuditQueryKind = 'events' | 'entity-history' | 'verify' | 'projections' | 'seals' | 'replay-diff';

/** Writes one `audit_queries` row per auditor query, before the query runs (a failing query is still logged). */
@Injectable()
export class AuditQueryLog {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(memberId: string, query: AuditQueryKind, parameters: object): Promise<void> {
    const record = Object.assign(new AuditQueryRecord(), {
      memberId,
      query,
      parameters: JSON.parse(JSON.stringify(parameters)) as Record<string, unknown>,
      askedAt: this.clock.now(),
    });
    await this.dataSource.getRepository(AuditQueryRecord).save(record);
  }
}
