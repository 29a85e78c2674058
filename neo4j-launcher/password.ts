// The neo4j user's password lives in <dataDir>/password (mode 600), so later starts,
// the app and the CLI all agree on it without anyone choosing one.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dataDirFiles } from './paths.ts';

/** Neo4j 5 rejects shorter passwords (dbms.security.auth_minimum_password_length). */
const MIN_LENGTH = 8;

export function readPassword(dataDir: string): string | null {
  const file = dataDirFiles(dataDir).password;
  if (!existsSync(file)) return null;
  const password = readFileSync(file, 'utf8').trim();
  return password === '' ? null : password;
}

/**
 * The password to start with: the given one (stored, so it sticks), else the stored
 * one, else a new random one (stored). The launcher applies it at every start.
 */
export function resolvePassword(dataDir: string, given?: string): string {
  if (given !== undefined) {
    if (given.length < MIN_LENGTH) {
      throw new Error(`Neo4j passwords need at least ${MIN_LENGTH} characters`);
    }
    if (given !== readPassword(dataDir)) writePassword(dataDir, given);
    return given;
  }
  const stored = readPassword(dataDir);
  if (stored !== null) return stored;
  const generated = randomBytes(18).toString('base64url'); // 24 URL-safe characters
  writePassword(dataDir, generated);
  return generated;
}

function writePassword(dataDir: string, password: string): void {
  mkdirSync(dataDir, { recursive: true });
  const file = dataDirFiles(dataDir).password;
  writeFileSync(file, password + '\n', { mode: 0o600 });
  chmodSync(file, 0o600); // the mode option only applies when the file is created
}
