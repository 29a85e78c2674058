// Is a local Neo4j running for a data directory? Answered from the pid file and the
// process table only (no network), so it is instant and safe to call anywhere.
import { resolve } from 'node:path';
import { dataDirFiles, defaultDataDir } from './paths.ts';
import { isLauncherAlive, readRunInfo, type RunInfo } from './pidfile.ts';

interface StatusFiles {
  dataDir: string;
  /** The launcher's stdout/stderr; Neo4j's own debug.log is in the same folder. */
  logFile: string;
  passwordFile: string;
}

export type Neo4jStatus = ({ running: true } & StatusFiles & RunInfo) | ({ running: false } & StatusFiles);

export function neo4jStatus(dataDir: string = defaultDataDir()): Neo4jStatus {
  const dir = resolve(dataDir);
  const files = dataDirFiles(dir);
  const common: StatusFiles = { dataDir: dir, logFile: files.launcherLog, passwordFile: files.password };
  const info = readRunInfo(dir);
  if (info && isLauncherAlive(info.pid, dir)) return { running: true, ...common, ...info };
  return { running: false, ...common };
}
