/**
 * A one-line progress bar on standard error, redrawn at most a few times a second, only when
 * standard error is a terminal: a log file or a pipe gets nothing but the summary.
 */
export interface Progress {
  update(done: number, rows: number): void;
  finish(): void;
}

const WIDTH = 30;
const REDRAW_MS = 200;

export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total <= 0) return { update() {}, finish() {} };
  const started = Date.now();
  let drawnAt = 0;
  const draw = (done: number, rows: number) => {
    const share = Math.min(1, done / total);
    const filled = Math.round(share * WIDTH);
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    stream.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ` +
        `${rows.toLocaleString('en')} rows, ${Math.round(rows / seconds).toLocaleString('en')} rows/s `,
    );
  };
  let last = { done: 0, rows: 0 };
  return {
    update(done, rows) {
      last = { done, rows };
      const now = Date.now();
      if (now - drawnAt < REDRAW_MS) return;
      drawnAt = now;
      draw(done, rows);
    },
    finish() {
      draw(last.done, last.rows);
      stream.write('\n');
    },
  };
}
