import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isValidTimeZone, type TimeZone, UTC } from '@billing/shared/kernel';
import type { DataSource } from 'typeorm';
import { LIVE_REPORT_TABLES } from '../read-model/report-tables';

/** The organisation's time zone as the report read model knows it (its own settings table); UTC before set-up. */
@Injectable()
export class OrganisationZone {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(): Promise<TimeZone> {
    const rows: Array<{ time_zone: string }> = await this.dataSource.query(
      `select time_zone from ${LIVE_REPORT_TABLES.settings} where id = 1`,
    );
    const zone = rows[0]?.time_zone;
    return isValidTimeZone(zone) ? zone : UTC;
  }
}
