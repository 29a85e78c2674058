// Last lines of a log file, for error messages that show what actually went wrong.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

/** Up to `lines` last lines of `file`, reading at most the last 64 KiB (logs grow). */
export function tailFile(file: string, lines = 30, fromOffset = 0): string {
  if (!existsSync(file)) return `(no ${file})`;
  const size = statSync(file).size;
  const start = Math.max(fromOffset, size - 64 * 1024);
  const length = Math.max(0, size - start);
  const buffer = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buffer, 0, length, start);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
