import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler, Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { ReplayDiffRunList, ReplayDiffRunView } from '@billing/audit/contracts';
import { NotFoundError, ValidationError } from '@billing/shared/kernel';
import { AuditQueryLog } from '../queries/audit-query-log';
import { ReplayDiffRunner } from './replay-diff-runner';
import { ReplayRuns } from './replay-runs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RUNS_LISTED = 20;

/** A check, not a change: it writes only to scratch tables, the run log and the query log. */
export class StartReplayDiffCommand extends Command<ReplayDiffRunView> {
  constructor(readonly memberId: string) {
    super();
  }
}

@CommandHandler(StartReplayDiffCommand)
export class StartReplayDiffHandler implements ICommandHandler<StartReplayDiffCommand> {
  constructor(private readonly runner: ReplayDiffRunner, private readonly queryLog: AuditQueryLog) {}

  async execute({ memberId }: StartReplayDiffCommand): Promise<ReplayDiffRunView> {
    await this.queryLog.record(memberId, 'replay-diff', { action: 'start' });
    return this.runner.start(memberId);
  }
}

export class GetReplayDiffQuery extends Query<ReplayDiffRunView | ReplayDiffRunList> {
  constructor(readonly memberId: string, readonly runId: string | undefined) {
    super();
  }
}

@QueryHandler(GetReplayDiffQuery)
export class GetReplayDiffHandler implements IQueryHandler<GetReplayDiffQuery> {
  constructor(private readonly runs: ReplayRuns, private readonly queryLog: AuditQueryLog) {}

  async execute({ memberId, runId }: GetReplayDiffQuery): Promise<ReplayDiffRunView | ReplayDiffRunList> {
    if (runId !== undefined && !UUID.test(runId)) throw ValidationError.single('id', 'must be a UUID');
    await this.queryLog.record(memberId, 'replay-diff', runId === undefined ? {} : { runId });
    if (runId === undefined) return { items: await this.runs.latest(RUNS_LISTED) };
    const run = await this.runs.get(runId);
    if (run === null) throw new NotFoundError('replay-diff run', runId);
    return run;
  }
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/replay-diff')
export class ReplayDiffController {
  constructor(private readonly commands: CommandBus, private readonly queries: QueryBus) {}

  @Post()
  @HttpCode(202)
  @RequirePermission('audit.read')
  @ApiAcceptedResponse({ description: 'Started: rebuild every read model from event zero into a scratch schema and diff it with the live one (409 while a run is in progress)' })
  start(@CurrentPrincipal() principal: Principal): Promise<ReplayDiffRunView> {
    return this.commands.execute(new StartReplayDiffCommand(principal.memberId));
  }

  @Get()
  @RequirePermission('audit.read')
  @ApiOkResponse({ description: 'The latest runs with their progress (results only by id)' })
  list(@CurrentPrincipal() principal: Principal): Promise<ReplayDiffRunList> {
    return this.queries.execute(new GetReplayDiffQuery(principal.memberId, undefined)) as Promise<ReplayDiffRunList>;
  }

  @Get(':id')
  @RequirePermission('audit.read')
  @ApiOkResponse({ description: 'Progress of the run, and its differences once done' })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<ReplayDiffRunView> {
    return this.queries.execute(new GetReplayDiffQuery(principal.memberId, id)) as Promise<ReplayDiffRunView>;
  }
}
