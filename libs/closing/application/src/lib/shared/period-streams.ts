import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { WrongExpectedRevisionError } from '@billing/event-store';
import {
  type PeriodCommand,
  type PeriodDecisionContext,
  type PeriodEvent,
  type PeriodState,
  periodDecider,
  periodStreamId,
} from '@billing/closing/domain';
import { AggregateRepository, type CommandMetadata, awaitReadModel, typeDataCodec } from '@billing/shared/event-sourcing';
import { ConflictError } from '@billing/shared/kernel';

const codec = typeDataCodec<PeriodEvent>();

/** Loads a period stream, decides, appends at the revision it was based on, and waits for the read models. */
@Injectable()
export class PeriodStreams {
  constructor(
    private readonly repository: AggregateRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async load(periodKey: string): Promise<{ state: PeriodState; revision: number | null }> {
    const loaded = await this.repository.load(periodStreamId(periodKey), periodDecider, codec);
    return { state: loaded.state, revision: loaded.revision };
  }

  async execute(
    command: PeriodCommand,
    context: PeriodDecisionContext,
    metadata: CommandMetadata,
    expectedRevision?: number,
  ): Promise<{ revision: number | null }> {
    try {
      const result = await this.repository.execute({
        stream: periodStreamId(command.data.periodKey),
        decider: periodDecider,
        codec,
        command,
        context,
        metadata,
        ...(expectedRevision === undefined ? {} : { expectedRevision }),
      });
      if (result.revision !== null) await this.awaitProjected(command.data.periodKey, result.revision);
      return { revision: result.revision };
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) {
        throw new ConflictError(
          'WRONG_EXPECTED_REVISION',
          { expected: error.expected, actual: error.actual },
          `Period ${command.data.periodKey} was changed meanwhile; reload it and retry`,
        );
      }
      throw error;
    }
  }

  /**
   * The lock must hold as soon as the close answers: wait until the projection (which fills the closed scopes in
   * the same transaction) has reached the revision written.
   */
  private async awaitProjected(periodKey: string, revision: number): Promise<void> {
    await awaitReadModel(async () => {
      const rows: unknown[] = await this.dataSource.query('select 1 from closing_periods where period_key = $1 and revision >= $2', [
        periodKey,
        revision,
      ]);
      return rows.length > 0;
    }, 10_000);
  }
}
