import { type LocalDate, type TimeZone, isoWeekday, localDateOf } from '@billing/shared/kernel';
import { DEMO_WORKERS } from './demo-hours-data';
import { demoHoursRange, planDemoHours, seededRandom } from './demo-hours-plan';

const BERLIN = 'Europe/Berlin' as TimeZone;
const TODAY = '2026-11-26' as LocalDate; // a Thursday

describe('planDemoHours', () => {
  const plan = planDemoHours(TODAY, BERLIN, DEMO_WORKERS);
  const byMemberDay = new Map<string, typeof plan>();
  for (const entry of plan) {
    const key = `${entry.memberLabel}|${entry.day}`;
    byMemberDay.set(key, [...(byMemberDay.get(key) ?? []), entry]);
  }

  it('covers the first of the month three months back through yesterday', () => {
    expect(demoHoursRange(TODAY)).toEqual({ from: '2026-08-01', to: '2026-11-25' });
    expect(demoHoursRange('2026-02-10' as LocalDate)).toEqual({ from: '2025-11-01', to: '2026-02-09' });
    const days = [...new Set(plan.map((entry) => entry.day))].sort();
    expect(days[0]).toBe('2026-08-03'); // the 1st and 2nd were a weekend
    expect(days[days.length - 1]).toBe('2026-11-25');
  });

  it('is the same on every run and differs between members and days', () => {
    expect(planDemoHours(TODAY, BERLIN, DEMO_WORKERS)).toEqual(plan);
    expect(new Set(plan.map((entry) => entry.key)).size).toBe(plan.length);
    const lengths = new Set([...byMemberDay.values()].map((entries) => entries.reduce((sum, entry) => sum + entry.durationSeconds, 0)));
    expect(lengths.size).toBeGreaterThan(5);
    expect(seededRandom('a')()).toBe(seededRandom('a')());
    expect(seededRandom('a')()).not.toBe(seededRandom('b')());
  });

  it('books working days only, 6 to 8.5 hours in 2 to 4 entries that do not overlap, on the entry day in Berlin', () => {
    for (const [key, entries] of byMemberDay) {
      const [member, day] = key.split('|') as [string, LocalDate];
      expect(isoWeekday(day)).toBeLessThanOrEqual(5);
      const behind = DEMO_WORKERS.find((worker) => worker.label === member)?.behindDays ?? 0;
      const total = entries.reduce((sum, entry) => sum + entry.durationSeconds, 0);
      const lastDays = [...byMemberDay.keys()].filter((other) => other.startsWith(`${member}|`)).sort().slice(-behind);
      if (behind > 0 && lastDays.includes(key)) {
        expect(total).toBeLessThan(6 * 3600);
      } else {
        expect(total).toBeGreaterThanOrEqual(6 * 3600);
        expect(total).toBeLessThanOrEqual(8.5 * 3600);
        expect(entries.length).toBeGreaterThanOrEqual(2);
        expect(entries.length).toBeLessThanOrEqual(4);
      }
      for (const [index, entry] of entries.entries()) {
        expect(localDateOf(new Date(entry.startedAt), BERLIN)).toBe(day);
        const next = entries[index + 1];
        if (next !== undefined) expect(Date.parse(entry.startedAt) + entry.durationSeconds * 1000).toBeLessThanOrEqual(Date.parse(next.startedAt));
      }
    }
  });

  it('leaves the last working days of the members who are behind short, and books some internal time', () => {
    expect(DEMO_WORKERS.some((worker) => worker.behindDays > 0)).toBe(true);
    const internal = plan.filter((entry) => !entry.billable);
    expect(internal.length / plan.length).toBeGreaterThan(0.05);
    expect(internal.length / plan.length).toBeLessThan(0.25);
    expect(internal.every((entry) => entry.description.startsWith('Internal: '))).toBe(true);
  });
});
