import { execSync } from 'node:child_process';

/** What one timed run produced. */
export interface Throughput {
  operations: number;
  events: number;
  seconds: number;
}

export const perSecond = (count: number, seconds: number): number =>
  seconds > 0 ? count / seconds : 0;

/**
 * Runs `writers` loops in parallel until `durationMs` has passed; each call of `work` is one operation and returns
 * how many events it wrote. The first failure stops every writer and is rethrown.
 */
export async function runWriters(
  writers: number,
  durationMs: number,
  work: (writer: number, iteration: number) => Promise<number>,
): Promise<Throughput> {
  let operations = 0;
  let events = 0;
  let failed = false;
  const started = performance.now();
  const deadline = started + durationMs;
  const loop = async (writer: number): Promise<void> => {
    for (
      let iteration = 0;
      !failed && performance.now() < deadline;
      iteration++
    ) {
      try {
        // Not `events += await ...`: that reads `events` before awaiting and loses the other writers' counts.
        const written = await work(writer, iteration);
        events += written;
        operations++;
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(
    Array.from({ length: writers }, (_, writer) => loop(writer)),
  );
  return { operations, events, seconds: (performance.now() - started) / 1000 };
}

/** Times one async job. */
export async function timed<T>(
  job: () => Promise<T>,
): Promise<{ result: T; seconds: number }> {
  const started = performance.now();
  const result = await job();
  return { result, seconds: (performance.now() - started) / 1000 };
}

export const formatRate = (value: number): string =>
  value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);

export const formatRatio = (value: number, baseline: number): string =>
  baseline > 0 ? `${(value / baseline).toFixed(2)}x` : '-';

export const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');

export function loadAverage(): string {
  try {
    return execSync('uptime', { encoding: 'utf8' })
      .trim()
      .replace(/^.*load average:\s*/, '');
  } catch {
    return 'unknown';
  }
}

/** Collects printed tables so the run can also be saved as Markdown. */
export class Report {
  private readonly markdown: string[] = [];

  note(line: string): void {
    console.log(line);
    this.markdown.push(line, '');
  }

  table(title: string, headers: string[], rows: string[][]): void {
    const widths = headers.map((header, column) =>
      Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
    );
    // Figures align right, words left.
    const numeric = headers.map((_, column) =>
      rows.every((row) => /^[\d,.x-]+$|^(PASS|MISS)/.test(row[column] ?? '')),
    );
    const line = (cells: string[]) =>
      cells
        .map((cell, column) =>
          numeric[column]
            ? cell.padStart(widths[column])
            : cell.padEnd(widths[column]),
        )
        .join('  ');
    console.log(
      `\n${title}\n${line(headers)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`,
    );
    rows.forEach((row) => console.log(line(row)));
    console.log('');
    this.markdown.push(
      `### ${title}`,
      '',
      `| ${headers.join(' | ')} |`,
      `| ${numeric.map((right) => (right ? '---:' : '---')).join(' | ')} |`,
      ...rows.map((row) => `| ${row.join(' | ')} |`),
      '',
    );
  }

  toMarkdown(): string {
    return this.markdown.join('\n');
  }
}
