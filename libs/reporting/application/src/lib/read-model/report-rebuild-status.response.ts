import { ApiProperty } from '@nestjs/swagger';
import {
  REPORT_REBUILD_STATES,
  type ReportRebuildState,
  type ReportRebuildStatus,
} from '@billing/reporting/contracts';

/** The OpenAPI shape of `ReportRebuildStatus`. */
export class ReportRebuildStatusResponse implements ReportRebuildStatus {
  @ApiProperty({
    enum: REPORT_REBUILD_STATES,
    description:
      'idle (none since the api started), preparing, replaying, indexing, switching, then done or failed',
  })
  state!: ReportRebuildState;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  startedAt!: string | null;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'null while the rebuild runs',
  })
  finishedAt!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why it failed',
  })
  error!: string | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      "Events applied so far (the shadow projection's checkpoint); the final count once done",
  })
  eventsApplied!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Events the replay reads in all, counted at the start and raised by events appended meanwhile; equal to ' +
      'eventsApplied once done; null when the event store cannot count',
  })
  eventsTotal!: number | null;
}
