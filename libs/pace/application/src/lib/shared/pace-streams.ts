import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  type HolidayCalendarState,
  type HolidayCommand,
  type HolidayEvent,
  type MemberPaceCommand,
  type MemberPaceEvent,
  type MemberPaceState,
  holidayCalendarDecider,
  holidayStreamId,
  memberPaceDecider,
  memberPaceStreamId,
} from '@billing/pace/domain';
import { AggregateRepository, awaitReadModel, typeDataCodec } from '@billing/shared/event-sourcing';
import type { Clock, MemberId } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';

const memberCodec = typeDataCodec<MemberPaceEvent>();
const holidayCodec = typeDataCodec<HolidayEvent>();

export interface Written<State> {
  state: State;
  revision: number | null;
  events: unknown[];
}

/** Load, decide, append at the revision loaded; then wait until the Pace projection has seen the write. */
@Injectable()
export class PaceStreams {
  constructor(
    private readonly repository: AggregateRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async loadMember(memberId: string): Promise<{ state: MemberPaceState; revision: number | null }> {
    const loaded = await this.repository.load(memberPaceStreamId(memberId as MemberId), memberPaceDecider, memberCodec);
    return { state: loaded.state, revision: loaded.revision };
  }

  async loadHolidays(year: number): Promise<{ state: HolidayCalendarState; revision: number | null }> {
    const loaded = await this.repository.load(holidayStreamId(year), holidayCalendarDecider, holidayCodec);
    return { state: loaded.state, revision: loaded.revision };
  }

  async member(actor: string, command: MemberPaceCommand, expectedRevision?: number): Promise<Written<MemberPaceState>> {
    const knownMembers: { member_id: string }[] = await this.dataSource.query('select id as member_id from org_members where id = $1', [
      command.data.memberId,
    ]);
    const result = await this.repository.execute({
      stream: memberPaceStreamId(command.data.memberId),
      decider: memberPaceDecider,
      codec: memberCodec,
      command,
      context: { isKnownMember: (memberId) => knownMembers.some((row) => row.member_id === memberId) },
      metadata: { actor, occurredAt: this.clock.now() },
      ...(expectedRevision === undefined ? {} : { expectedRevision }),
    });
    if (result.revision !== null) await this.awaitProjected(memberPaceStreamId(command.data.memberId), result.revision);
    return { state: result.state, revision: result.revision, events: result.events };
  }

  async holidays(actor: string, command: HolidayCommand): Promise<Written<HolidayCalendarState>> {
    const result = await this.repository.execute({
      stream: holidayStreamId(command.data.year),
      decider: holidayCalendarDecider,
      codec: holidayCodec,
      command,
      context: undefined,
      metadata: { actor, occurredAt: this.clock.now() },
    });
    if (result.revision !== null) await this.awaitProjected(holidayStreamId(command.data.year), result.revision);
    return { state: result.state, revision: result.revision, events: result.events };
  }

  /** Read your writes: the projection has applied the stream up to the revision written. */
  private async awaitProjected(stream: string, revision: number): Promise<void> {
    await awaitReadModel(async () => {
      const rows: unknown[] = await this.dataSource.query('select 1 from pace_streams where stream_id = $1 and revision >= $2', [stream, revision]);
      return rows.length > 0;
    }, 10_000);
  }
}
