import { Module } from '@nestjs/common';
import { ChainSealer } from './chain-sealer';

/**
 * The sealer alone, for the worker's repeatable seal job. Needs from the host: a DataSource on the api's database,
 * EVENT_STORE (PostgreSQL adapter), CLOCK and AppConfig (AUDIT_SEAL_SECRET).
 */
@Module({ providers: [ChainSealer], exports: [ChainSealer] })
export class AuditSealingModule {}
