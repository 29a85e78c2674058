import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { rename, rm } from 'node:fs/promises';

/** Where an export writes its text, piece by piece. */
export interface TextSink {
  write(text: string): Promise<void>;
}

/** Pieces are gathered into chunks of about this many characters before they reach the file. */
const CHUNK = 64 * 1024;

/**
 * A file written under a temporary name and renamed into place only when `commit` is called, so
 * an export that fails half-way leaves nothing at the path the user named. Writes respect the
 * stream's back-pressure, so a large export never piles up in memory.
 */
export class FileSink implements TextSink {
  private readonly stream: WriteStream;
  private readonly partial: string;
  private buffer = '';

  constructor(readonly path: string) {
    this.partial = `${path}.partial-${process.pid}`;
    this.stream = createWriteStream(this.partial, { encoding: 'utf8' });
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  /** Finishes the file and moves it to its path. */
  async commit(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    await rename(this.partial, this.path);
  }

  /** Drops the unfinished file. */
  async discard(): Promise<void> {
    this.stream.destroy();
    await rm(this.partial, { force: true });
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (chunk.length > 0 && !this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}

/**
 * The API's export is answered as text, so it is bounded: the files of one export share one
 * budget of characters, and a write past it stops the export with `onOverflow`'s error.
 */
export class BoundedTextSink implements TextSink {
  private readonly parts: string[] = [];

  constructor(
    private readonly budget: { remaining: number; readonly limit: number },
    private readonly onOverflow: (limit: number) => Error,
  ) {}

  async write(text: string): Promise<void> {
    this.budget.remaining -= text.length;
    if (this.budget.remaining < 0) throw this.onOverflow(this.budget.limit);
    this.parts.push(text);
  }

  get text(): string {
    return this.parts.join('');
  }
}
