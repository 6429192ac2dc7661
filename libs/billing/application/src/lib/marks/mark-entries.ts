import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import {
  Command,
  CommandBus,
  CommandHandler,
  type ICommandHandler,
} from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  CurrentPrincipal,
  RequirePermission,
} from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type {
  MarkBilledRequest,
  MarkResult,
  MarkUnbilledRequest,
} from '@billing/billing/contracts';
import {
  type Clock,
  ConflictError,
  DomainError,
  ValidationError,
} from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { EntryClaims, referenceClaim } from '../shared/entry-claims';
import { EntryMarks } from '../shared/entry-marks';
import { MarkBilledDto, MarkUnbilledDto } from './marks.dto';

export class MarkEntriesCommand extends Command<MarkResult> {
  constructor(
    readonly principal: Principal,
    readonly action:
      | { kind: 'billed'; request: MarkBilledRequest }
      | { kind: 'unbilled'; request: MarkUnbilledRequest },
  ) {
    super();
  }
}

function refusal(
  entryId: string,
  error: unknown,
): MarkResult['refused'][number] {
  if (error instanceof DomainError)
    return { entryId, code: error.code, message: error.message };
  throw error;
}

/**
 * "Mark as billed" without an invoice, for organisations that invoice elsewhere: each entry gets
 * `time-entry-billed` with the reference (claimed first, so an invoice cannot bill it meanwhile). Undo names the
 * same reference. Both are idempotent: an entry already so is reported unchanged.
 */
@CommandHandler(MarkEntriesCommand)
export class MarkEntriesHandler implements ICommandHandler<MarkEntriesCommand> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly claims: EntryClaims,
    private readonly marks: EntryMarks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({
    principal,
    action,
  }: MarkEntriesCommand): Promise<MarkResult> {
    const reference = action.request.reference.trim();
    if (reference === '')
      throw ValidationError.single('reference', 'must not be blank');
    const billing = { kind: 'reference' as const, reference };
    const holder = referenceClaim(reference);
    const at = this.clock.now();
    const result: MarkResult = { changed: [], unchanged: [], refused: [] };
    const entryIds =
      action.kind === 'billed'
        ? await this.entriesOf(action.request)
        : [...new Set(action.request.entryIds)];
    for (const entryId of entryIds) {
      try {
        if (action.kind === 'billed') {
          if (!(await this.claims.claimOne(entryId, holder))) {
            result.refused.push({
              entryId,
              code: 'ENTRY_ALREADY_BILLED',
              message: 'Billed by an invoice or another reference',
            });
            continue;
          }
          const outcome = await this.marks
            .mark(entryId, billing, principal.memberId, at)
            .catch(async (error: unknown) => {
              await this.releaseUnlessBilled(entryId, holder);
              throw error;
            });
          (outcome.changed ? result.changed : result.unchanged).push(entryId);
        } else {
          const outcome = await this.marks.unmark(
            entryId,
            billing,
            principal.memberId,
            at,
            action.request.reason ?? null,
          );
          await this.claims.release([entryId], holder);
          (outcome.changed ? result.changed : result.unchanged).push(entryId);
        }
      } catch (error) {
        if (
          action.kind === 'unbilled' &&
          error instanceof ConflictError &&
          error.code === 'ENTRY_NOT_BILLED'
        ) {
          result.unchanged.push(entryId);
        } else {
          result.refused.push(refusal(entryId, error));
        }
      }
    }
    await this.marks.awaitBilling(
      [...result.changed, ...result.unchanged],
      action.kind === 'billed',
    );
    return result;
  }

  private async releaseUnlessBilled(
    entryId: string,
    holder: string,
  ): Promise<void> {
    const rows: { billing: unknown }[] = await this.dataSource.query(
      'select billing from tt_time_entries where entry_id = $1',
      [entryId],
    );
    if ((rows[0]?.billing ?? null) === null)
      await this.claims.release([entryId], holder);
  }

  private async entriesOf(request: MarkBilledRequest): Promise<string[]> {
    if (request.entryIds !== undefined) return [...new Set(request.entryIds)];
    const selection = request.selection;
    if (selection === undefined)
      throw ValidationError.single('entryIds', 'give entryIds or a selection');
    if (selection.to < selection.from)
      throw ValidationError.single('selection.to', 'must not be before from');
    const rows: { entry_id: string }[] = await this.dataSource.query(
      `select e.entry_id from tt_time_entries e join org_projects p on p.id = e.project_id
        where e.local_day between $1 and $2 and e.billable and e.billing is null and not e.deleted and e.duration_seconds is not null
          and ($3::uuid[] is null or p.client_id = any($3::uuid[])) and ($4::uuid[] is null or e.project_id = any($4::uuid[]))
        order by e.local_day, e.entry_id`,
      [
        selection.from,
        selection.to,
        selection.clientIds ?? null,
        selection.projectIds ?? null,
      ],
    );
    return rows.map((row) => row.entry_id);
  }
}

@ApiTags('billing')
@ApiBearerAuth()
@Controller('billing')
export class MarkEntriesController {
  constructor(private readonly commands: CommandBus) {}

  @Post('mark-billed')
  @HttpCode(200)
  @RequirePermission('billing.write')
  @ApiOkResponse({
    description:
      'Entries marked now, already marked with this reference, and refused (with the reason)',
  })
  markBilled(
    @CurrentPrincipal() principal: Principal,
    @Body() body: MarkBilledDto,
  ): Promise<MarkResult> {
    return this.commands.execute(
      new MarkEntriesCommand(principal, { kind: 'billed', request: body }),
    );
  }

  @Post('mark-unbilled')
  @HttpCode(200)
  @RequirePermission('billing.write')
  @ApiOkResponse({
    description:
      'Entries unmarked now, already unbilled, and refused (billed by an invoice or another reference)',
  })
  markUnbilled(
    @CurrentPrincipal() principal: Principal,
    @Body() body: MarkUnbilledDto,
  ): Promise<MarkResult> {
    return this.commands.execute(
      new MarkEntriesCommand(principal, { kind: 'unbilled', request: body }),
    );
  }
}
