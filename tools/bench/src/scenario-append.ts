import type { Contender } from './contender';
import {
  formatRate,
  formatRatio,
  runWriters,
  type Throughput,
} from './harness';
import { PLAIN } from './plain-table';
import { sampleEvents, streamName } from './sample-events';
import type { BenchContext, ContenderFactory } from './main';

const STREAMS_PER_WRITER = 100;
export const WRITER_COUNTS = [1, 4, 16];
export const BATCH_SIZES = [1, 10];

export interface AppendFigure {
  batch: number;
  writers: number;
  contender: string;
  throughput: Throughput;
}

/** Append throughput: 1 and 10 events per append, 1, 4 and 16 writers, each writer cycling over its own streams. */
export async function appendThroughput(
  context: BenchContext,
  contenders: ContenderFactory[],
): Promise<AppendFigure[]> {
  const figures: AppendFigure[] = [];
  for (const batch of BATCH_SIZES) {
    for (const writers of WRITER_COUNTS) {
      for (const create of contenders) {
        const contender: Contender = await create(writers);
        const cell = `a${batch}x${writers}-${figures.length}`;
        try {
          const throughput = await runWriters(
            writers,
            context.durationMs,
            async (writer, iteration) => {
              await contender.append(
                streamName(cell, writer, iteration % STREAMS_PER_WRITER),
                sampleEvents(batch, iteration),
              );
              return batch;
            },
          );
          figures.push({
            batch,
            writers,
            contender: contender.name,
            throughput,
          });
        } finally {
          await contender.close();
        }
      }
    }
  }
  context.report.table(
    `Append throughput (expected revision any; ${STREAMS_PER_WRITER} own streams per writer; ${context.durationMs / 1000} s per cell)`,
    [
      'events/append',
      'writers',
      'contender',
      'appends/s',
      'events/s',
      'vs plain',
    ],
    figures.map((figure) => {
      const plain = figures.find(
        (f) =>
          f.batch === figure.batch &&
          f.writers === figure.writers &&
          f.contender === PLAIN,
      );
      const rate = figure.throughput.operations / figure.throughput.seconds;
      const plainRate = plain
        ? plain.throughput.operations / plain.throughput.seconds
        : 0;
      return [
        String(figure.batch),
        String(figure.writers),
        figure.contender,
        formatRate(rate),
        formatRate(figure.throughput.events / figure.throughput.seconds),
        formatRatio(rate, plainRate),
      ];
    }),
  );
  return figures;
}
