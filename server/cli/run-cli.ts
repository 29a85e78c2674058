import { InvalidInputError } from '../ingest/errors.ts';
import { DatabaseError } from '../db/errors.ts';

/**
 * Runs a command-line task: expected failures (bad input, an unreachable database) print one
 * clear message and exit 1; anything else prints its stack, because it is a bug.
 */
export async function runCli(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof DatabaseError) {
      console.error(`actorgraph: ${error.message}`);
    } else if (error instanceof Error && error.message.startsWith('actorgraph:')) {
      console.error(error.message);
    } else if (error instanceof Error && error.message.startsWith('usage:')) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  }
}
