import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuditSealData, SealCheckView } from '@billing/audit/contracts';
import { EVENT_STORE, type EventStore } from '@billing/event-store';
import { AppConfig } from '@billing/shared/nest';
import { checkLatestSeal, latestSeals } from './check-latest-seal';

/** The latest seal compared with the store, for the api (the CLI calls `checkLatestSeal` itself). */
@Injectable()
export class SealChecker {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly config: AppConfig,
  ) {}

  latestSeals(count: number): Promise<AuditSealData[]> {
    return latestSeals(this.store, count);
  }

  /** Null before the first seal, and on EventStoreDB (no seals there). `stream` narrows the head comparison to one stream. */
  async check(stream: string | undefined): Promise<SealCheckView | null> {
    if (this.config.eventStore.kind !== 'postgres') return null;
    return checkLatestSeal(
      { query: (sql, parameters) => this.dataSource.query(sql, parameters), store: this.store, secret: this.config.audit.sealSecret },
      stream,
    );
  }
}
