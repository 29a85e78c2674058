// A lock file holding its owner's pid, so parallel processes (test workers, a command and the
// API) do not run the same build or start the same server twice. A lock whose owner died is
// taken over.
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export interface FileLockOptions {
  /** Give up after this long. */
  readonly timeoutMs: number;
  /** Called once when the lock is held by another live process. */
  readonly onWait?: (owner: number) => void;
}

/** Resolves with the function that releases the lock. */
export async function acquireFileLock(lockFile: string, options: FileLockOptions): Promise<() => void> {
  const deadline = Date.now() + options.timeoutMs;
  let announced = false;
  for (;;) {
    // Write the pid to a private file, then hard-link it into place: link() is atomic and
    // fails if the lock exists, so no one ever sees a lock file without its pid.
    const candidate = `${lockFile}.${process.pid}`;
    writeFileSync(candidate, String(process.pid));
    try {
      linkSync(candidate, lockFile);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(candidate, { force: true });
    }
    let owner: number;
    try {
      owner = Number(readFileSync(lockFile, 'utf8').trim());
    } catch {
      continue; // released between our link and our read: try again
    }
    if (!Number.isInteger(owner) || owner <= 0 || !isAlive(owner)) {
      rmSync(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${lockFile} (held by pid ${owner})`);
    if (!announced) options.onWait?.(owner);
    announced = true;
    await new Promise((wake) => setTimeout(wake, 500));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
