/** One status line on stderr, redrawn in place on a terminal and printed every 5 s otherwise. */
export function startTicker(describe: (elapsedSeconds: number) => string): () => void {
  const started = Date.now();
  const interactive = process.stderr.isTTY === true;
  let ticks = 0;
  const timer = setInterval(() => {
    ticks += 1;
    const line = describe(Math.round((Date.now() - started) / 1000));
    if (interactive) process.stderr.write(`\r${line}   `);
    else if (ticks % 5 === 0) process.stderr.write(`${line}\n`);
  }, 1000);
  return () => {
    clearInterval(timer);
    if (interactive && ticks > 0) process.stderr.write('\n');
  };
}

/** `[#####.....] 50%` */
export function bar(done: number, total: number, width = 30): string {
  const ratio = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(ratio * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(ratio * 100)}%`;
}
