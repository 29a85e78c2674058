import type { Database } from './db/database.ts';
import { DatabaseError } from './db/errors.ts';
import { migrate } from './db/migrate.ts';
import { countGraph, seedDatabase } from './ingest/seed.ts';

/**
 * Brings the database to what the app needs (schema applied; the seed in an empty graph), and
 * keeps trying while it is unreachable: the server starts and answers either way (/health 200,
 * /ready 503, GraphQL DATABASE_UNAVAILABLE) and becomes ready by itself once Neo4j answers.
 * Any other failure (a broken schema file, a bad seed) is not waited out: it is thrown.
 */
export function prepareDatabaseWhenReachable(
  db: Database,
  options: { retryMs?: number; log?: (message: string) => void } = {},
): { readonly done: Promise<void>; stop(): void } {
  const retryMs = options.retryMs ?? 5_000;
  const log = options.log ?? ((message: string) => console.log(message));
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const prepare = async (): Promise<void> => {
    const migrations = await migrate(db);
    if (migrations.applied.length > 0) log(`actorgraph: applied schema ${migrations.applied.join(', ')}`);
    if ((await countGraph(db)).actors === 0) {
      const reports = await seedDatabase(db);
      log(`actorgraph: the graph was empty; loaded ${reports.length} seed file(s)`);
    }
  };

  const done = new Promise<void>((resolve, reject) => {
    let warned = false;
    const attempt = () => {
      if (stopped) return resolve();
      prepare().then(resolve, (error: unknown) => {
        if (!(error instanceof DatabaseError && error.code === 'DATABASE_UNAVAILABLE')) return reject(error);
        if (!warned) log(`actorgraph: Neo4j is not reachable yet; serving, and trying again every ${retryMs / 1000} s`);
        warned = true;
        timer = setTimeout(attempt, retryMs);
      });
    };
    attempt();
  });

  return {
    done,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
