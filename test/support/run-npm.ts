import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { testDatabaseEnv } from './test-database.ts';

export interface CommandOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run -s <script> -- ...args` against the test database, as a user would, and never throws. */
export async function runNpmScript(
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  /** Long enough for a command that starts the NLP engine on a loaded machine. */
  timeoutMs = 60_000,
): Promise<CommandOutcome> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '-s', script, '--', ...args], {
      env: { ...testDatabaseEnv(), ...env },
      timeout: timeoutMs,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}
