import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { TimeEntryView } from '@billing/time-tracking/contracts';
import { entryDay } from '@billing/time-tracking/domain';
import { CommandClock } from '../../shared/command-clock';
import { EntryAccess } from '../../shared/entry-access';
import { EntryAdjustments } from '../../shared/entry-adjustments';
import { EntryStreams } from '../../shared/entry-streams';
import { viewOfState } from '../../shared/entry-view';
import { OrganisationDirectory } from '../../shared/organisation-directory';
import { GetTimeEntryQuery } from './get-time-entry.query';

@QueryHandler(GetTimeEntryQuery)
export class GetTimeEntryHandler implements IQueryHandler<GetTimeEntryQuery> {
  constructor(
    private readonly streams: EntryStreams,
    private readonly organisation: OrganisationDirectory,
    private readonly access: EntryAccess,
    private readonly clock: CommandClock,
    private readonly adjustments: EntryAdjustments,
  ) {}

  async execute({ principal, entryId }: GetTimeEntryQuery): Promise<TimeEntryView> {
    const { entry, revision } = await this.streams.load(entryId);
    const timeZone = await this.organisation.timeZone();
    const [project, teamId] = await Promise.all([
      this.organisation.project(entry.projectId),
      this.organisation.teamOfMemberOn(entry.memberId, entryDay(entry.startedAt, timeZone)),
    ]);
    this.access.assertMayRead(principal, {
      memberId: entry.memberId,
      projectId: entry.projectId,
      ...(project === undefined ? {} : { clientId: project.clientId }),
      ...(teamId === undefined ? {} : { teamId }),
    });
    return viewOfState(entry, revision, timeZone, this.clock.now(), await this.adjustments.secondsOfOne(entryId));
  }
}
