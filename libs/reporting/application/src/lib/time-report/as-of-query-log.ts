import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@billing/access/domain';
import type { Clock } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import type { DataSource } from 'typeorm';

/**
 * Logs an auditor's as-of report in the audit context's `audit_queries`, like its other auditor queries, before the
 * report runs (a failing query is logged too). On a host without the audit tables there is nowhere to log to.
 */
@Injectable()
export class AsOfQueryLog {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(principal: Principal, parameters: object): Promise<void> {
    if (!principal.roles.includes('auditor')) return;
    await this.dataSource.query(
      `insert into audit_queries (member_id, query, parameters, asked_at)
       select $1, 'report-as-of', $2::jsonb, $3 where to_regclass('audit_queries') is not null`,
      [principal.memberId, JSON.stringify(parameters), this.clock.now()],
    );
  }
}
