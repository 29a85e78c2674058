/**
 * The bench's progress on stderr: one line per stage, rewritten in place on a terminal (done of
 * total, elapsed time) and printed every few seconds otherwise (CI logs), so a long run shows it
 * is moving and where it is.
 */
export interface Progress {
  stage(name: string, total?: number): void;
  tick(done: number, detail?: string): void;
  done(summary?: string): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const interactive = Boolean(stream.isTTY);
  let name = '';
  let total: number | undefined;
  let started = 0;
  let lastPrinted = 0;
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const render = (done: number, detail?: string) => {
    const share = total ? ` ${done}/${total} (${Math.floor((done / total) * 100)}%)` : done ? ` ${done}` : '';
    return `bench: ${name}${share} ${elapsed()}${detail ? ` - ${detail}` : ''}`;
  };
  return {
    stage(stageName, stageTotal) {
      name = stageName;
      total = stageTotal;
      started = performance.now();
      lastPrinted = 0;
      if (interactive) stream.write(`\r\x1b[2K${render(0)}`);
      else stream.write(`${render(0)}\n`);
    },
    tick(done, detail) {
      if (interactive) stream.write(`\r\x1b[2K${render(done, detail)}`);
      else if (performance.now() - lastPrinted > 5_000) {
        lastPrinted = performance.now();
        stream.write(`${render(done, detail)}\n`);
      }
    },
    done(summary) {
      const text = `bench: ${name} done in ${elapsed()}${summary ? ` - ${summary}` : ''}`;
      stream.write(interactive ? `\r\x1b[2K${text}\n` : `${text}\n`);
    },
  };
}
