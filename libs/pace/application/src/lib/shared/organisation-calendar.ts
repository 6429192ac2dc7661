import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Clock, type LocalDate, type TimeZone, localDateOf } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { timeZoneOf } from '../read-model/pace-inputs';

/** The organisation zone as the Pace projection knows it, and today's date there. */
@Injectable()
export class OrganisationCalendar {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  timeZone(): Promise<TimeZone> {
    return timeZoneOf(this.dataSource);
  }

  async today(): Promise<LocalDate> {
    return localDateOf(this.clock.now(), await this.timeZone());
  }
}
