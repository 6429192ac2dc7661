import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CurrentPrincipal, RequirePermission } from '@billing/access/application';
import type { Principal } from '@billing/access/domain';
import type { VerifyRequest, VerifyView } from '@billing/audit/contracts';
import { EVENT_STORE, type EventStore } from '@billing/event-store';
import type { Clock } from '@billing/shared/kernel';
import { CLOCK } from '@billing/shared/nest';
import { AuditQueryLog } from '../queries/audit-query-log';
import { SealChecker } from '../sealing/seal-checker';

export class VerifyDto implements VerifyRequest {
  @ApiPropertyOptional({ description: 'One stream; the whole store when absent' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(300)
  stream?: string;
}

/**
 * Runs the store's verifier synchronously, then compares the heads with the latest seal (a truncated tail keeps a
 * consistent chain; only the seal shows it is gone): one SQL statement over the stream, or over every event. Fine at the sizes
 * tested here; for a whole store of millions of events use the CLI (`tools/audit-cli`), which is not bound by an
 * HTTP timeout. A command only by transport (POST): it changes nothing but the query log.
 */
export class VerifyChainCommand extends Command<VerifyView> {
  constructor(readonly memberId: string, readonly stream: string | undefined) {
    super();
  }
}

@CommandHandler(VerifyChainCommand)
export class VerifyChainHandler implements ICommandHandler<VerifyChainCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly queryLog: AuditQueryLog,
    private readonly seals: SealChecker,
  ) {}

  async execute({ memberId, stream }: VerifyChainCommand): Promise<VerifyView> {
    await this.queryLog.record(memberId, 'verify', stream === undefined ? {} : { stream });
    const startedAt = this.clock.now();
    const started = performance.now();
    const result = await this.store.verify(stream);
    const seal = await this.seals.check(stream);
    return {
      ok: result.ok && (seal === null || seal.ok),
      scope: stream ?? '$all',
      eventsChecked: result.eventsChecked,
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(performance.now() - started),
      firstBrokenLink: result.ok ? null : result.firstBrokenLink,
      seal,
    };
  }
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/verify')
export class VerifyChainController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('audit.read')
  @ApiOkResponse({ description: 'ok with the events checked, or the first broken link of the hash chain; the latest seal compared with the heads' })
  verify(@CurrentPrincipal() principal: Principal, @Body() body: VerifyDto): Promise<VerifyView> {
    return this.commands.execute(new VerifyChainCommand(principal.memberId, body.stream));
  }
}
