import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditLogOrder, AuditLogPage } from '@billing/audit/contracts';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor } from './audit-log-cursor';
import { AUDIT_LOG_COLUMNS_SQL, auditLogConditions, auditLogItemOf, type AuditLogSelection, type AuditLogRow, whereClause } from './audit-log-selection';

export interface AuditLogFilter extends AuditLogSelection {
  order: AuditLogOrder;
  limit: number;
  cursor?: string;
}

/** Keyset pages of `audit_log` on `seq` (the projection's global order), newest or oldest first. */
@Injectable()
export class AuditLogReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(filter: AuditLogFilter): Promise<AuditLogPage> {
    const parameters: unknown[] = [];
    const conditions = auditLogConditions(filter, parameters);
    const where = (sql: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(sql(`$${parameters.length}`));
    };
    const newestFirst = filter.order === 'newest-first';
    if (filter.cursor !== undefined) {
      where((p) => `seq ${newestFirst ? '<' : '>'} ${p}::bigint`, decodeCursor(filter.cursor, filter.order));
    }
    parameters.push(filter.limit + 1);
    const rows: AuditLogRow[] = await this.dataSource.query(
      `select ${AUDIT_LOG_COLUMNS_SQL}
         from audit_log
        ${whereClause(conditions)}
        order by seq ${newestFirst ? 'desc' : 'asc'}
        limit $${parameters.length}`,
      parameters,
    );
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(auditLogItemOf),
      nextCursor: rows.length > filter.limit && last !== undefined ? encodeCursor({ seq: last.seq, order: filter.order }) : null,
    };
  }
}
