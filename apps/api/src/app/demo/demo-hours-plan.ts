import {
  type LocalDate,
  type TimeZone,
  addDays,
  compareLocalDates,
  isoWeekday,
  localDate,
  partsOf,
  startOfLocalDay,
} from '@billing/shared/kernel';

/** Where a demo member may book: a project label and one of its task indexes, with descriptions for that task. */
export interface DemoWork {
  projectLabel: string;
  taskIndex: number;
  descriptions: readonly string[];
  /** Relative share of this work in the member's days. */
  weight: number;
}

export interface DemoWorker {
  label: string;
  work: readonly DemoWork[];
  /** Books only part of each of the last `behindDays` working days (Pace shows them behind). */
  behindDays: number;
}

export interface PlannedEntry {
  /** Stable per member, day and position: the idempotency key of its create command. */
  key: string;
  memberLabel: string;
  day: LocalDate;
  projectLabel: string;
  taskIndex: number;
  description: string;
  billable: boolean;
  startedAt: string;
  durationSeconds: number;
}

const QUARTER = 15 * 60;

/** First day of the month three months before `today`'s month, through yesterday. */
export function demoHoursRange(today: LocalDate): { from: LocalDate; to: LocalDate } {
  const { year, month } = partsOf(today);
  const monthIndex = year * 12 + (month - 1) - 3;
  return { from: localDate(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1), to: addDays(today, -1) };
}

/**
 * Three months of plausible hours, the same on every run for the same day: each member works Monday to Friday,
 * 6 to 8.5 hours in 2 to 4 back-to-back blocks with short breaks, starting between 08:00 and 09:00 local time.
 * The pseudo-random choices are seeded by day and member, never by the clock.
 */
export function planDemoHours(today: LocalDate, timeZone: TimeZone, workers: readonly DemoWorker[]): PlannedEntry[] {
  const { from, to } = demoHoursRange(today);
  const days: LocalDate[] = [];
  for (let day = from; compareLocalDates(day, to) <= 0; day = addDays(day, 1)) {
    if (isoWeekday(day) <= 5) days.push(day);
  }
  const entries: PlannedEntry[] = [];
  for (const worker of workers) {
    const behindFrom = days.length - worker.behindDays;
    days.forEach((day, index) => entries.push(...planDay(day, timeZone, worker, index >= behindFrom)));
  }
  return entries;
}

function planDay(day: LocalDate, timeZone: TimeZone, worker: DemoWorker, behind: boolean): PlannedEntry[] {
  const random = seededRandom(`${day}|${worker.label}`);
  const blocks = 2 + Math.floor(random() * 3);
  // 6 to 8.5 hours in quarters (24..34); a day someone is behind on holds 1 to 3 hours.
  const totalQuarters = behind ? 4 + Math.floor(random() * 9) : 24 + Math.floor(random() * 11);
  const lengths = splitQuarters(totalQuarters, behind ? Math.min(blocks, 2) : blocks, random);
  let cursor = startOfLocalDay(day, timeZone).getTime() / 1000 + 8 * 3600 + Math.floor(random() * 5) * QUARTER;
  return lengths.map((quarters, position) => {
    const work = pick(worker.work, random);
    const internal = random() < 0.12;
    const description = internal
      ? `Internal: ${pickText(INTERNAL_NOTES, random)}`
      : pickText(work.descriptions, random);
    const startedAt = cursor;
    const durationSeconds = quarters * QUARTER;
    // A lunch break after the first half of the day, a short pause between other blocks.
    cursor += durationSeconds + (position === Math.floor(lengths.length / 2) - 1 ? 2 * QUARTER : Math.floor(random() * 2) * QUARTER);
    return {
      key: `${worker.label}:${day}:${position}`,
      memberLabel: worker.label,
      day,
      projectLabel: work.projectLabel,
      taskIndex: work.taskIndex,
      description,
      billable: !internal,
      startedAt: new Date(startedAt * 1000).toISOString(),
      durationSeconds,
    };
  });
}

/** `total` quarters in `parts` blocks of at least an hour each. */
function splitQuarters(total: number, parts: number, random: () => number): number[] {
  const lengths = Array.from({ length: parts }, () => 4);
  for (let left = total - 4 * parts; left > 0; left -= 1) {
    const index = Math.floor(random() * parts);
    lengths[index] = (lengths[index] ?? 0) + 1;
  }
  return lengths;
}

function pick(work: readonly DemoWork[], random: () => number): DemoWork {
  const total = work.reduce((sum, item) => sum + item.weight, 0);
  let point = random() * total;
  for (const item of work) {
    point -= item.weight;
    if (point < 0) return item;
  }
  const last = work[work.length - 1];
  if (last === undefined) throw new Error('A demo worker needs some work');
  return last;
}

function pickText(texts: readonly string[], random: () => number): string {
  return texts[Math.floor(random() * texts.length)] ?? '';
}

/** mulberry32 over a 32-bit FNV-1a hash of the seed text: small, fast and stable across Node versions. */
export function seededRandom(seed: string): () => number {
  let state = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    state = Math.imul(state ^ seed.charCodeAt(index), 0x01000193) >>> 0;
  }
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const INTERNAL_NOTES = [
  'team sync and planning',
  'knowledge sharing session',
  'rework after internal review',
  'onboarding documentation',
];
