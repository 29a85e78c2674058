// npm run analyze -- <analysis> [--param value ...] [--json]: runs one analysis read-only, with a
// time limit, and prints a table or JSON. `npm run analyze -- --help` lists analyses and parameters.
import { readConfig } from '../config.ts';
import { openDatabase } from '../connect.ts';
import { AnalysisError } from '../analyses/analysis-error.ts';
import { checkAnalyzeCommand, parseAnalyzeArgs, runAnalyzeCommand, USAGE } from './analyze-command.ts';
import { runCli } from './run-cli.ts';

await runCli(async () => {
  try {
    const command = parseAnalyzeArgs(process.argv.slice(2));
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
    if (error instanceof AnalysisError)
      throw new Error(`actorgraph: ${error.code}: ${error.message}`, { cause: error });
    throw error;
  }
});
