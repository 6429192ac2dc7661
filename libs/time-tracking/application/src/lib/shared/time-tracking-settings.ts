import { Injectable } from '@nestjs/common';

const DEFAULT_LATE_AFTER_DAYS = 3;

function lateAfterDaysFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_LATE_AFTER_DAYS;
  if (!/^\d{1,3}$/.test(value.trim()) || Number(value) > 365) {
    throw new Error(`TIME_AUDIT_LATE_AFTER_DAYS must be a whole number of days from 0 to 365, got ${value}`);
  }
  return Number(value);
}

function hostsFrom(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host !== '');
}

/**
 * Time tracking's own settings, from the environment (checked at start):
 * - TIME_AUDIT_LATE_AFTER_DAYS: "logged late" after this many days (default 3; a query parameter overrides it);
 * - ICS_FETCH_ALLOWED_HOSTS: comma-separated host names the server may fetch ICS feeds from (default: none).
 */
@Injectable()
export class TimeTrackingSettings {
  readonly lateAfterDays: number;
  readonly icsFetchAllowedHosts: readonly string[];

  constructor(env: Record<string, string | undefined>) {
    this.lateAfterDays = lateAfterDaysFrom(env['TIME_AUDIT_LATE_AFTER_DAYS']);
    this.icsFetchAllowedHosts = hostsFrom(env['ICS_FETCH_ALLOWED_HOSTS']);
  }
}
