import type { GeneratedOrganisation, StreamBatch } from './organisation-events';
import type { Random } from './random';

const DESCRIPTIONS = [
  'Design review',
  'Implementation',
  'Meeting',
  'Support',
  'Planning',
  'Testing',
  'Documentation',
  '',
];
const TAGS = ['meeting', 'remote', 'onsite', 'urgent', 'internal'];
const iso = (epochSeconds: number) =>
  new Date(epochSeconds * 1000).toISOString().replace('.000Z', 'Z');

/**
 * The time entries, one stream each, as the time-entry decider writes them: mostly `time-entry-logged`; some edited,
 * deleted (and a few restored), and entries older than three months mostly billed (by invoice or reference).
 * Working days only, 07:00-18:00 UTC starts, 15 minutes to 4 hours.
 */
export function* generateEntries(
  random: Random,
  organisation: GeneratedOrganisation,
  count: number,
  months: number,
  now: number,
): Generator<StreamBatch> {
  const first = Date.parse(`${organisation.firstDay}T00:00:00Z`) / 1000;
  const days = Math.round((months * 30.44 * 86_400) / 86_400);
  const billedBefore = now - 90 * 86_400;
  const { memberIds } = organisation;
  for (let index = 0; index < count; index++) {
    const memberId = memberIds[index % memberIds.length] as string;
    let day = random.int(0, days - 1);
    const weekday = new Date((first + day * 86_400) * 1000).getUTCDay();
    if (weekday === 0) day += 1;
    if (weekday === 6) day += 2;
    const start = first + day * 86_400 + random.int(7 * 3600, 18 * 3600);
    const duration = random.int(1, 16) * 900 + random.int(0, 899);
    const projectId = random.pick(
      organisation.projectsOfMember.get(memberId) ?? [],
    );
    const tasks = organisation.tasksOfProject.get(projectId) ?? [];
    const taskId = random.chance(0.85) ? random.pick(tasks) : null;
    const entryId = random.uuid();
    const startedAt = iso(start);
    const endedAt = iso(start + duration);
    const events: StreamBatch['events'] = [
      {
        type: 'time-entry-logged',
        data: {
          entryId,
          memberId,
          source: 'manual',
          externalId: null,
          startedAt,
          endedAt,
          durationSeconds: duration,
          recordedAt: endedAt,
          projectId,
          taskId,
          description: random.pick(DESCRIPTIONS),
          tags: random.chance(0.3) ? [random.pick(TAGS)] : [],
          billable: random.chance(0.85),
        },
      },
    ];
    if (random.chance(0.03)) {
      const after = random.pick(DESCRIPTIONS);
      events.push({
        type: 'time-entry-edited',
        data: {
          entryId,
          changes: {
            description: { before: events[0]?.data['description'], after },
          },
          reason: null,
        },
      });
    }
    if (random.chance(0.01)) {
      events.push({
        type: 'time-entry-deleted',
        data: { entryId, reason: 'duplicate' },
      });
      if (random.chance(0.2))
        events.push({
          type: 'time-entry-restored',
          data: { entryId, reason: null },
        });
    } else if (start + duration < billedBefore && random.chance(0.8)) {
      const billing = random.chance(0.7)
        ? { kind: 'invoice', invoiceId: random.uuid() }
        : { kind: 'reference', reference: `EXT-${random.int(1000, 9999)}` };
      events.push({ type: 'time-entry-billed', data: { entryId, billing } });
    }
    yield { stream: `time-entry-${entryId}`, events };
  }
}
