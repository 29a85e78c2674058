// npm run --silent export -- --format graphml|gexf|cyjs|csv --out PATH [filters]: writes the graph
// for other tools (docs/interchange.md). Bad arguments are refused before anything is written.
import { readConfig } from '../config.ts';
import { openDatabase } from '../connect.ts';
import { exportToPath } from '../interchange/export/export-graph.ts';
import { EXPORT_USAGE, parseExportArgs } from './export-command.ts';
import { runCli } from './run-cli.ts';

await runCli(async () => {
  const command = parseExportArgs(process.argv.slice(2).filter((arg) => arg !== '--'));
  if (command === 'help') {
    console.log(EXPORT_USAGE);
    return;
  }
  const connection = await openDatabase(readConfig());
  try {
    const started = performance.now();
    const files = await exportToPath(connection.db, command.format, command.filter, command.out);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    for (const file of files) console.log(`wrote ${file.path} (${file.bytes} bytes)`);
    console.log(`exported ${command.format} in ${seconds} s`);
  } finally {
    await connection.close();
  }
});
