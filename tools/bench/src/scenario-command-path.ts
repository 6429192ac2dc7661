import { formatRate, formatRatio, runWriters } from './harness';
import { PLAIN } from './plain-table';
import { sampleEvents, streamName } from './sample-events';
import type { AppendFigure } from './scenario-append';
import type { BenchContext, ContenderFactory } from './main';

/** Each stream takes this many commands, then the writer moves to a fresh one: reads average 4.5 events. */
const COMMANDS_PER_STREAM = 10;
const WRITER_COUNTS = [1, 4, 16];

/** The command path: read the stream, then append one event with the exact revision just read. */
export async function commandPath(
  context: BenchContext,
  contenders: ContenderFactory[],
): Promise<AppendFigure[]> {
  const figures: AppendFigure[] = [];
  for (const writers of WRITER_COUNTS) {
    for (const create of contenders) {
      const contender = await create(writers);
      const cell = `c${writers}-${figures.length}`;
      try {
        const throughput = await runWriters(
          writers,
          context.durationMs,
          async (writer, iteration) => {
            await contender.readThenAppend(
              streamName(
                cell,
                writer,
                Math.floor(iteration / COMMANDS_PER_STREAM),
              ),
              sampleEvents(1, iteration),
            );
            return 1;
          },
        );
        figures.push({
          batch: 1,
          writers,
          contender: contender.name,
          throughput,
        });
      } finally {
        await contender.close();
      }
    }
  }
  context.report.table(
    `Command path: read stream, then append 1 event at the exact revision (${COMMANDS_PER_STREAM} commands per stream)`,
    ['writers', 'contender', 'commands/s', 'vs plain'],
    figures.map((figure) => {
      const plain = figures.find(
        (f) => f.writers === figure.writers && f.contender === PLAIN,
      );
      const rate = figure.throughput.operations / figure.throughput.seconds;
      return [
        String(figure.writers),
        figure.contender,
        formatRate(rate),
        formatRatio(
          rate,
          plain ? plain.throughput.operations / plain.throughput.seconds : 0,
        ),
      ];
    }),
  );
  return figures;
}
