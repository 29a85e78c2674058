// The pid file (<dataDir>/neo4j.pid.json) records which launcher process serves a
// data directory. A pid alone can be reused by an unrelated process after a crash,
// so liveness also checks (on Linux) that the pid is still our launcher.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dataDirFiles } from './paths.ts';

/** Java main class, as it appears on the launcher's command line. */
export const LAUNCHER_MAIN_CLASS = 'actorgraph.db.Neo4jLauncher';

export interface RunInfo {
  pid: number;
  port: number;
  uri: string;
  /** ISO timestamp. */
  startedAt: string;
  /** Detached launchers outlive the Node process that started them. */
  detached: boolean;
}

export function writeRunInfo(dataDir: string, info: RunInfo): void {
  writeFileSync(dataDirFiles(dataDir).pidFile, JSON.stringify(info, null, 2) + '\n');
}

export function readRunInfo(dataDir: string): RunInfo | null {
  const file = dataDirFiles(dataDir).pidFile;
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<RunInfo>;
    if (typeof parsed.pid !== 'number' || typeof parsed.port !== 'number') return null;
    return {
      pid: parsed.pid,
      port: parsed.port,
      uri: parsed.uri ?? `bolt://127.0.0.1:${parsed.port}`,
      startedAt: parsed.startedAt ?? '',
      detached: parsed.detached ?? false,
    };
  } catch {
    return null; // half-written or hand-edited: treat as absent
  }
}

/** Removes the pid file; with `pid`, only if it still names that process (so a failed
 *  second start can't erase the record of a first one that is running). */
export function clearRunInfo(dataDir: string, pid?: number): void {
  if (pid !== undefined && readRunInfo(dataDir)?.pid !== pid) return;
  rmSync(dataDirFiles(dataDir).pidFile, { force: true });
}

/** True if `pid` is alive and (where /proc exists) runs our launcher on `dataDir`. */
export function isLauncherAlive(pid: number, dataDir: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false; // ESRCH: gone. EPERM: someone else's process, so not our launcher.
  }
  const cmdlineFile = `/proc/${pid}/cmdline`;
  if (!existsSync('/proc/self/cmdline')) return true; // no procfs (macOS): trust the pid
  try {
    const args = readFileSync(cmdlineFile, 'utf8').split('\0');
    // An exited-but-unreaped child has an empty cmdline: not alive for our purposes.
    return args.includes(LAUNCHER_MAIN_CLASS) && args.includes(dataDir);
  } catch {
    return false;
  }
}
