// npm run analyze -- <analysis> [--param value ...] [--json]: runs one analysis read-only, with a
// time limit, and prints a table or JSON. `npm run analyze -- --help` lists analyses and parameters;
// `--list` lists the built-in and the saved analyses; a saved one runs by its name.
import { readConfig } from '../config.ts';
import { openDatabase } from '../connect.ts';
import { AnalysisError } from '../analyses/analysis-error.ts';
import { CypherError } from '../cypher-console/cypher-error.ts';
import { checkAnalyzeCommand, parseAnalyzeArgs, runAnalyzeCommand, USAGE } from './analyze-command.ts';
import { runCli } from './run-cli.ts';
import {
  isBuiltInAnalysis,
  listAnalyses,
  parseSavedAnalysisArgs,
  runSavedAnalysisCommand,
} from './saved-analysis-command.ts';

await runCli(async () => {
  try {
    const args = process.argv.slice(2).filter((arg) => arg !== '--');
    if (args.includes('--list')) {
      const listing = await listAnalyses(readConfig().cypher.savedAnalysesDir);
      console.log(listing.text);
      for (const problem of listing.problems) console.error(`actorgraph: skipped a saved analysis: ${problem}`);
      return;
    }
    const first = args[0];
    if (first !== undefined && !first.startsWith('-') && !isBuiltInAnalysis(first)) {
      const command = parseSavedAnalysisArgs(args);
      const config = readConfig();
      const connection = await openDatabase(config);
      try {
        console.log(await runSavedAnalysisCommand(connection.db, config.cypher, command));
      } finally {
        await connection.close();
      }
      return;
    }
    const command = parseAnalyzeArgs(args);
    if (command === 'help') {
      console.log(USAGE);
      return;
    }
    checkAnalyzeCommand(command);
    const connection = await openDatabase(readConfig());
    try {
      console.log(await runAnalyzeCommand(connection.db, command));
    } finally {
      await connection.close();
    }
  } catch (error) {
    if (error instanceof AnalysisError || error instanceof CypherError)
      throw new Error(`actorgraph: ${error.code}: ${error.message}`, { cause: error });
    throw error;
  }
});
