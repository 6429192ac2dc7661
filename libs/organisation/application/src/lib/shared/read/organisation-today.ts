import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Clock, type LocalDate, type TimeZone, UTC, localDateOf } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';

/** Today's date in the organisation's time zone (UTC until the organisation is set up). */
@Injectable()
export class OrganisationToday {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async date(): Promise<LocalDate> {
    const rows: { time_zone: string }[] = await this.dataSource.query('select time_zone from org_settings limit 1');
    const timeZone = (rows[0]?.time_zone ?? UTC) as TimeZone;
    return localDateOf(this.clock.now(), timeZone);
  }
}
