import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AccessModule } from '@billing/access/application';
import { AUDIT_PROJECTIONS } from './audit-persistence';
import { GetEntityHistoryController, GetEntityHistoryHandler } from './history/entity-history';
import { AuditLogReader } from './log/audit-log-reader';
import { ListAuditEventsController, ListAuditEventsHandler } from './log/list-audit-events';
import { ListProjectionsController, ListProjectionsHandler } from './projections/list-projections';
import { AuditQueryLog } from './queries/audit-query-log';
import { GetReplayDiffHandler, ReplayDiffController, StartReplayDiffHandler } from './replay/replay-diff.controller';
import { ReplayDiffRunner } from './replay/replay-diff-runner';
import { ReplayRuns } from './replay/replay-runs';
import { ChainSealer } from './sealing/chain-sealer';
import { ListSealsController, ListSealsHandler } from './sealing/list-seals';
import { SealChecker } from './sealing/seal-checker';
import { VerifyChainController, VerifyChainHandler } from './verify/verify-chain';

/**
 * Auditors' reads (`audit.read`): the global audit log, an entity's history with diffs, hash-chain verification and
 * projection status. Every query is written to `audit_queries`. Needs from the host: EVENT_STORE, CLOCK, a DataSource
 * with AUDIT_ENTITIES and AUDIT_MIGRATIONS, and ProjectionsModule (ProjectionHost) with AUDIT_PROJECTIONS.
 */
@Module({
  imports: [CqrsModule, AccessModule],
  controllers: [ListAuditEventsController, GetEntityHistoryController, VerifyChainController, ListProjectionsController, ListSealsController, ReplayDiffController],
  providers: [
    AuditQueryLog,
    AuditLogReader,
    ListAuditEventsHandler,
    GetEntityHistoryHandler,
    VerifyChainHandler,
    ListProjectionsHandler,
    SealChecker,
    ChainSealer,
    ListSealsHandler,
    ReplayRuns,
    ReplayDiffRunner,
    StartReplayDiffHandler,
    GetReplayDiffHandler,
    ...AUDIT_PROJECTIONS,
  ],
  exports: [...AUDIT_PROJECTIONS],
})
export class AuditApplicationModule {}
