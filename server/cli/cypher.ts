// npm run --silent cypher -- [--param name=value ...] [--json | --csv] QUERY-or-FILE.cypher: runs
// one read-only Cypher query against the configured database and prints a table, JSON or CSV.
import { readConfig } from '../config.ts';
import { openDatabase } from '../connect.ts';
import { CypherError } from '../cypher-console/cypher-error.ts';
import { runCypher } from '../cypher-console/run-cypher.ts';
import { CYPHER_USAGE, formatCypherResult, parseCypherArgs } from './cypher-command.ts';
import { runCli } from './run-cli.ts';

await runCli(async () => {
  try {
    const command = parseCypherArgs(process.argv.slice(2));
    if (command === 'help') {
      console.log(CYPHER_USAGE);
      return;
    }
    const config = readConfig();
    const connection = await openDatabase(config);
    try {
      const result = await runCypher(connection.db, command.query, command.params, config.cypher);
      console.log(formatCypherResult(result, command.format));
      if (result.truncated) {
        console.error(`actorgraph: cut at ${config.cypher.maxRows} rows (ACTORGRAPH_CYPHER_MAX_ROWS)`);
      }
    } finally {
      await connection.close();
    }
  } catch (error) {
    if (error instanceof CypherError) throw new Error(`actorgraph: ${error.code}: ${error.message}`, { cause: error });
    throw error;
  }
});
