import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus, type Command } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SEED_ACTOR } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import { DEMO_CLIENTS, DEMO_MEMBERS, DEMO_PROJECTS, DEMO_SETTINGS } from '@billing/organisation/application';
import { SetWorkScheduleCommand } from '@billing/pace/application';
import { OrganisationLookup, RateBookStore, SetRateCommand, type RateToSet } from '@billing/rates/application';
import { RequestContext, awaitReadModel, withoutReadYourWrites } from '@billing/shared/event-sourcing';
import { type Clock, localDateOf } from '@billing/shared/kernel';
import { AppConfig, CLOCK } from '@billing/shared/nest';
import { CreateTimeEntryCommand } from '@billing/time-tracking/application';
import {
  DEMO_CLIENT_RATES,
  DEMO_COST_RATES,
  DEMO_MEMBER_RATE,
  DEMO_ORGANISATION_RATE,
  DEMO_WEEKDAY_SECONDS,
  DEMO_WORKERS,
} from './demo-hours-data';
import { type PlannedEntry, demoHoursRange, planDemoHours } from './demo-hours-plan';
import { type DemoIds, readDemoIds } from './demo-ids';

const SEED_VERSION = 'demo-hours-v1';
const SEED_PRINCIPAL: Principal = {
  memberId: SEED_ACTOR,
  roles: ['admin'],
  responsibilities: { clientIds: [], projectIds: [], teamIds: [] },
};
/** Entries are written by this many members at once (their streams are independent). */
const LANES = 3;

export interface DemoHoursResult {
  seeded: boolean;
  entries: number;
  seconds: number;
}

/**
 * With DEMO_DATA=full: rates, work schedules and three months of hours for the demo organisation's members, through
 * the rates, Pace and time-tracking command handlers. Every command runs under a key derived from what it books (member, day,
 * position), so ids are deterministic and a seed that stopped half-way completes on the next start without
 * duplicates. The cost rates come last: the last one marks the seed complete.
 */
@Injectable()
export class DemoHoursSeeder {
  private readonly logger = new Logger(DemoHoursSeeder.name);

  constructor(
    private readonly commands: CommandBus,
    private readonly organisation: OrganisationLookup,
    private readonly rateBooks: RateBookStore,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** For main.ts once the api listens: seeds in the background and logs how it went. */
  startInBackground(): void {
    if (this.config.demoData !== 'full') return;
    this.seedIfNeeded().then(
      (result) => {
        if (result.seeded) this.logger.log(`Demo hours ready: ${result.entries} time entries in ${result.seconds.toFixed(1)} s`);
      },
      (error: unknown) => this.logger.error(`Demo hours failed (the next start completes them): ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  async seedIfNeeded(): Promise<DemoHoursResult> {
    const started = Date.now();
    const ids = await this.waitForDemoOrganisation();
    if (ids === 'not-demo') {
      this.logger.warn('No demo hours: the organisation is not the demo organisation');
      return { seeded: false, entries: 0, seconds: 0 };
    }
    if (await this.completed(ids)) return { seeded: false, entries: 0, seconds: 0 };
    const { timeZone } = await this.organisation.organisation();
    const today = localDateOf(this.clock.now(), timeZone);
    const { from } = demoHoursRange(today);
    await this.setBillableRates(ids, from);
    for (const worker of DEMO_WORKERS) {
      await this.step(`schedule:${worker.label}`, new SetWorkScheduleCommand(SEED_PRINCIPAL, ids.member(worker.label), {
        validFrom: from,
        weekdaySeconds: DEMO_WEEKDAY_SECONDS,
      }));
    }
    const plan = planDemoHours(today, timeZone, DEMO_WORKERS);
    this.logger.log(`Seeding demo hours: ${plan.length} time entries from ${from} (log in as finance@example.com to see the reports)`);
    // Nobody reads these entries back one by one: skip each write's wait for the list row.
    await withoutReadYourWrites(() => this.logEntries(ids, plan));
    for (const cost of DEMO_COST_RATES) {
      await this.step(`cost:${cost.memberLabel}`, new SetRateCommand(SEED_PRINCIPAL, {
        kind: 'cost',
        request: { memberId: ids.member(cost.memberLabel), rateMinorPerHour: cost.rateMinorPerHour, currency: cost.currency, validFrom: from },
      }));
    }
    return { seeded: true, entries: plan.length, seconds: (Date.now() - started) / 1000 };
  }

  private async setBillableRates(ids: DemoIds, from: string): Promise<void> {
    const billable = (label: string, request: Extract<RateToSet, { kind: 'billable' }>['request']) =>
      this.step(`rate:${label}`, new SetRateCommand(SEED_PRINCIPAL, { kind: 'billable', request }));
    await billable('organisation', { scope: { level: 'organisation' }, ...DEMO_ORGANISATION_RATE, validFrom: from });
    for (const rate of DEMO_CLIENT_RATES) {
      await billable(`client:${rate.clientLabel}`, {
        scope: { level: 'client', clientId: ids.client(rate.clientLabel) },
        rateMinorPerHour: rate.rateMinorPerHour,
        currency: rate.currency,
        validFrom: from,
      });
    }
    const { memberLabel, projectLabel, ...rate } = DEMO_MEMBER_RATE;
    await billable(`member-on-project:${memberLabel}:${projectLabel}`, {
      scope: { level: 'member-on-project', memberId: ids.member(memberLabel), projectId: ids.project(projectLabel) },
      ...rate,
      validFrom: from,
    });
  }

  /** Members' entries in parallel lanes, each member's own in order (their days never overlap). */
  private async logEntries(ids: DemoIds, plan: readonly PlannedEntry[]): Promise<void> {
    const byMember = new Map<string, PlannedEntry[]>();
    for (const entry of plan) byMember.set(entry.memberLabel, [...(byMember.get(entry.memberLabel) ?? []), entry]);
    const queues = [...byMember.values()];
    let done = 0;
    const lane = async () => {
      for (let queue = queues.shift(); queue !== undefined; queue = queues.shift()) {
        for (const entry of queue) {
          await this.logEntry(ids, entry);
          done += 1;
          if (done % 250 === 0) this.logger.log(`Demo hours: ${done} of ${plan.length} time entries`);
        }
      }
    };
    await Promise.all(Array.from({ length: LANES }, lane));
  }

  private logEntry(ids: DemoIds, entry: PlannedEntry) {
    const demo = DEMO_MEMBERS.find((member) => member.label === entry.memberLabel);
    const principal: Principal = {
      memberId: ids.member(entry.memberLabel),
      roles: demo?.roles ?? ['member'],
      responsibilities: { clientIds: [], projectIds: [], teamIds: [] },
    };
    return this.step(`entry:${entry.key}`, new CreateTimeEntryCommand(principal, {
      projectId: ids.project(entry.projectLabel),
      taskId: ids.task(entry.projectLabel, entry.taskIndex),
      description: entry.description,
      billable: entry.billable,
      startedAt: entry.startedAt,
      durationSeconds: entry.durationSeconds,
    }));
  }

  /** The last cost rate is the seed's last step. */
  private async completed(ids: DemoIds): Promise<boolean> {
    const last = DEMO_COST_RATES[DEMO_COST_RATES.length - 1];
    if (last === undefined) return true;
    const { organisationId } = await this.organisation.organisation();
    const { book } = await this.rateBooks.load(organisationId);
    return book.cost[ids.member(last.memberLabel)] !== undefined;
  }

  /**
   * The organisation seed has appended its events at start; the hours need its read models. A database set up
   * with another organisation gets no demo hours.
   */
  private async waitForDemoOrganisation(): Promise<DemoIds | 'not-demo'> {
    let ids: DemoIds | 'not-demo' | undefined;
    const found = await awaitReadModel(async () => {
      const settings: { name: string }[] = await this.dataSource.query('select name from org_settings limit 1');
      const name = settings[0]?.name;
      if (name !== undefined && name !== DEMO_SETTINGS.name) ids = 'not-demo';
      else ids = await readDemoIds(this.dataSource, { members: DEMO_MEMBERS, clients: DEMO_CLIENTS, projects: DEMO_PROJECTS });
      return ids !== undefined;
    }, 120_000, 250);
    if (!found || ids === undefined) {
      throw new Error('The demo organisation is incomplete after 120 s (seeded by an earlier version? start with an empty database)');
    }
    return ids;
  }

  private step<T>(label: string, command: Command<T>): Promise<T> {
    return RequestContext.run({ correlationId: randomUUID(), idempotencyKey: `${SEED_VERSION}|${label}` }, () => this.commands.execute(command));
  }
}
