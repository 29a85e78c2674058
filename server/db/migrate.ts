import type { Database } from './database.ts';
import { cypherQuery, listMigrations, type Migration } from './cypher-files.ts';

const appliedMigrations = cypherQuery('schema/applied-migrations');
const recordMigration = cypherQuery('schema/record-migration');

export interface MigrationReport {
  readonly applied: string[];
  readonly skipped: string[];
}

/**
 * Applies the numbered files of `cypher/schema/` that have not run yet, in order, and records
 * each in the database. Every statement is written `IF NOT EXISTS`, so a file interrupted half-way
 * is safe to run again. A file changed after it ran is reported, not silently re-run.
 */
export async function migrate(db: Database, migrations: Migration[] = listMigrations()): Promise<MigrationReport> {
  const done = new Map(
    (await db.read(appliedMigrations)).map((row) => [String(row['id']), String(row['checksum'])] as const),
  );
  const report: MigrationReport = { applied: [], skipped: [] };
  for (const migration of migrations) {
    const checksum = done.get(migration.id);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        console.warn(
          `actorgraph: schema file ${migration.id}.cypher changed after it was applied; ` +
            'add a new numbered file instead of editing an applied one',
        );
      }
      report.skipped.push(migration.id);
      continue;
    }
    for (const statement of migration.statements) await db.runSchemaStatement(statement);
    await db.writeTransaction((tx) => tx.run(recordMigration, { id: migration.id, checksum: migration.checksum }));
    report.applied.push(migration.id);
  }
  return report;
}
