import {
  CHECKPOINT_TABLE,
  type EventStore,
  type Position,
  type Projection,
  START,
  SubscriptionRunner,
} from '@billing/event-store';
import type { DataSource, EntityManager } from 'typeorm';

export interface ShadowRebuildOptions {
  /** Name of the live projection (its checkpoint moves to the shadow's position at the switch). */
  liveProjection: string;
  /** The same projection writing into the shadow tables, under its own name (and checkpoint). */
  shadowProjection: Projection;
  /** Live table names, in the order to lock and rename them; `shadowOf(name)` gives each shadow table. */
  tables: readonly string[];
  shadowOf(table: string): string;
  /** Events per transaction while replaying (default 2000). */
  batchSize?: number;
  /** Concurrent replay lanes for a projection that declares `partitionOf` (default 1). */
  lanes?: number;
  /** Progress for logs. */
  onPhase?(phase: ShadowRebuildPhase): void;
}

/** What a finished rebuild applied: the replay and the catch-up in the switch transaction. */
export interface ShadowRebuildResult {
  eventsApplied: number;
}

export type ShadowRebuildPhase =
  | 'preparing'
  | 'replaying'
  | 'indexing'
  | 'switching'
  | 'done';

const OLD_SUFFIX = '__old';
const MAX_SWITCH_ATTEMPTS = 5;
const INDEX_BUILD_MEMORY = '256MB';

const isDeadlock = (error: unknown): boolean =>
  (error as { driverError?: { code?: string }; code?: string }).driverError
    ?.code === '40P01' || (error as { code?: string }).code === '40P01';

interface IndexDefinition {
  definition: string;
}

/**
 * Rebuilds a projection from position 0 into shadow copies of its tables while the live tables keep serving, then
 * switches over in one transaction:
 *
 * 1. shadow tables are created like the live ones, with their primary and unique keys only;
 * 2. the shadow projection replays every event into them through the SubscriptionRunner (its own checkpoint);
 * 3. the live tables' other indexes are created on the shadow tables, which are then analysed;
 * 4. one transaction locks the live tables (readers wait a moment, never fail), locks the live checkpoint, applies to
 *    the shadow what was appended meanwhile, renames live -> old and shadow -> live, moves the live checkpoint to the
 *    shadow's position and drops the old tables.
 *
 * A live worker whose batch straddles the switch fails its checkpoint compare-and-set, rolls back and resumes from the
 * moved checkpoint on the new tables, so nothing is applied twice or lost.
 */
export class ShadowRebuild {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly options: ShadowRebuildOptions,
  ) {}

  async run(): Promise<ShadowRebuildResult> {
    const { options } = this;
    options.onPhase?.('preparing');
    const deferredIndexes = await this.createShadowTables();
    options.onPhase?.('replaying');
    const runner = new SubscriptionRunner(
      this.dataSource,
      this.store,
      [options.shadowProjection],
      {
        rebuildBatchSize: options.batchSize ?? 2000,
        rebuildLanes: options.lanes ?? 1,
      },
    );
    await runner.rebuild(options.shadowProjection.name);
    options.onPhase?.('indexing');
    for (const index of deferredIndexes)
      await this.dataSource.transaction(async (em) => {
        // Enough memory to sort a large table's keys in memory rather than in temporary files.
        await em.query(
          `select set_config('maintenance_work_mem', '${INDEX_BUILD_MEMORY}', true)`,
        );
        await em.query(index.definition);
      });
    // Vacuum also sets the visibility map, so covering indexes answer without visiting the heap.
    for (const table of options.tables)
      await this.dataSource.query(
        `vacuum (analyze) ${options.shadowOf(table)}`,
      );
    options.onPhase?.('switching');
    const eventsApplied = await this.switchWithRetries();
    options.onPhase?.('done');
    return { eventsApplied };
  }

  /**
   * A live batch holding one of the tables while waiting for another the switch already locked is a deadlock that
   * PostgreSQL resolves by aborting one side: the batch retries by itself, the switch is retried here.
   */
  private async switchWithRetries(): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction((em) => this.switchOver(em));
      } catch (error) {
        if (attempt >= MAX_SWITCH_ATTEMPTS || !isDeadlock(error)) throw error;
      }
    }
  }

  /** Fresh shadow tables with their keys; returns the definitions of the other indexes, for after the replay. */
  private async createShadowTables(): Promise<IndexDefinition[]> {
    const deferred: IndexDefinition[] = [];
    for (const table of this.options.tables) {
      const shadow = this.options.shadowOf(table);
      await this.dataSource.query(`drop table if exists ${shadow}`);
      await this.dataSource.query(
        `create table ${shadow} (like ${table} including defaults including constraints including generated)`,
      );
      const keys: Array<{ definition: string }> = await this.dataSource.query(
        `select pg_get_constraintdef(c.oid) as definition from pg_constraint c
          where c.conrelid = $1::regclass and c.contype in ('p', 'u') order by c.conname`,
        [table],
      );
      for (const key of keys)
        await this.dataSource.query(
          `alter table ${shadow} add ${key.definition}`,
        );
      const indexes: Array<{ definition: string }> =
        await this.dataSource.query(
          `select pg_get_indexdef(i.indexrelid) as definition from pg_index i
          where i.indrelid = $1::regclass
            and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
          order by i.indexrelid`,
          [table],
        );
      for (const index of indexes)
        deferred.push({
          definition: retarget(index.definition, table, shadow),
        });
      // Triggers (e.g. the report's history) must write while replaying, so they are created at once.
      const triggers: Array<{ definition: string }> =
        await this.dataSource.query(
          `select pg_get_triggerdef(t.oid) as definition from pg_trigger t
            where t.tgrelid = $1::regclass and not t.tgisinternal order by t.tgname`,
          [table],
        );
      for (const trigger of triggers)
        await this.dataSource.query(
          retargetTrigger(trigger.definition, table, shadow),
        );
    }
    await this.dataSource.query(
      `delete from ${CHECKPOINT_TABLE} where projection = $1`,
      [this.options.shadowProjection.name],
    );
    return deferred;
  }

  /** Returns the events the shadow applied in all (replay and catch-up). */
  private async switchOver(em: EntityManager): Promise<number> {
    const { options } = this;
    const live = options.liveProjection;
    const shadowName = options.shadowProjection.name;
    // Tables first, then the checkpoint row: the order a live batch takes them in, so the two never deadlock.
    await em.query(
      `lock table ${options.tables.join(', ')} in access exclusive mode`,
    );
    await em.query(
      `insert into ${CHECKPOINT_TABLE} (projection, position) values ($1, $2) on conflict (projection) do nothing`,
      [live, START],
    );
    await em.query(
      `select 1 from ${CHECKPOINT_TABLE} where projection = $1 for update`,
      [live],
    );
    const [shadowCheckpoint] = (await em.query(
      `select position, events_applied, last_event_recorded_at from ${CHECKPOINT_TABLE} where projection = $1`,
      [shadowName],
    )) as Array<{
      position: string;
      events_applied: string;
      last_event_recorded_at: Date | null;
    }>;
    if (shadowCheckpoint === undefined)
      throw new Error(`shadow projection ${shadowName} has no checkpoint`);
    const caughtUp = await this.catchUp(
      em,
      shadowCheckpoint.position as Position,
    );
    for (const table of options.tables) {
      await em.query(
        `alter table ${table} rename to ${unqualified(table)}${OLD_SUFFIX}`,
      );
      await em.query(
        `alter table ${options.shadowOf(table)} rename to ${unqualified(table)}`,
      );
      await em.query(`drop table ${table}${OLD_SUFFIX}`);
    }
    const eventsApplied =
      Number(shadowCheckpoint.events_applied) + caughtUp.events;
    await em.query(
      `update ${CHECKPOINT_TABLE}
          set position = $2, events_applied = $3, last_event_recorded_at = coalesce($4, $5::timestamptz), updated_at = now()
        where projection = $1`,
      [
        live,
        caughtUp.position,
        eventsApplied,
        caughtUp.lastRecordedAt,
        shadowCheckpoint.last_event_recorded_at,
      ],
    );
    await em.query(`delete from ${CHECKPOINT_TABLE} where projection = $1`, [
      shadowName,
    ]);
    return eventsApplied;
  }

  /** Applies what was appended since the replay ended, inside the switch transaction. */
  private async catchUp(
    em: EntityManager,
    from: Position,
  ): Promise<{
    position: Position;
    events: number;
    lastRecordedAt: string | null;
  }> {
    const projection = this.options.shadowProjection;
    let position = from;
    let events = 0;
    let lastRecordedAt: string | null = null;
    for (;;) {
      const slice = await this.store.readAll({
        from: position,
        maxCount: this.options.batchSize ?? 2000,
        filter: projection.filter,
      });
      if (slice.events.length > 0) {
        await projection.apply(slice.events, em, {
          projection: projection.name,
          replaying: true,
        });
        events += slice.events.length;
        lastRecordedAt =
          slice.events[slice.events.length - 1]?.metadata.recordedAt ??
          lastRecordedAt;
      }
      position = slice.next;
      if (slice.isEnd) return { position, events, lastRecordedAt };
    }
  }
}

function unqualified(table: string): string {
  return table.includes('.') ? (table.split('.').pop() ?? table) : table;
}

/** `CREATE INDEX name ON public.table USING ...` -> `CREATE INDEX ON public.shadow USING ...` (PostgreSQL names it). */
function retarget(definition: string, table: string, shadow: string): string {
  const match = /^CREATE (UNIQUE )?INDEX \S+ ON (ONLY )?(\S+) (.*)$/s.exec(
    definition,
  );
  if (match === null)
    throw new Error(`Unexpected index definition: ${definition}`);
  const target = match[3] ?? '';
  if (unqualified(target) !== unqualified(table))
    throw new Error(`Index ${definition} is not on ${table}`);
  return `CREATE ${match[1] ?? ''}INDEX ON ${shadow} ${match[4] ?? ''}`;
}

/** `CREATE TRIGGER name AFTER ... ON public.table ...` -> the same trigger on the shadow table. */
function retargetTrigger(
  definition: string,
  table: string,
  shadow: string,
): string {
  const match =
    /^(CREATE (?:CONSTRAINT )?TRIGGER \S+ .*? ON )(\S+)( .*)$/s.exec(
      definition,
    );
  if (match === null || unqualified(match[2] ?? '') !== unqualified(table))
    throw new Error(`Unexpected trigger definition: ${definition}`);
  return `${match[1] ?? ''}${shadow}${match[3] ?? ''}`;
}
