// npm run nlp:start | nlp:stop | nlp:status — the local NLP engine (Stanford CoreNLP's server).
// The extractor starts it on first use too; it then stays warm until nlp:stop.
// Files: .data/nlp (NLP_DATA_DIR); port: NLP_PORT or any free one; heap: NLP_HEAP or 4g.
import { defaultNlpDataDir, nlpServerStatus, startNlpServer, stopNlpServer } from './nlp-launcher.ts';

async function main(command: string | undefined): Promise<number> {
  const dataDir = defaultNlpDataDir();
  if (command === 'start') {
    const started = Date.now();
    const server = await startNlpServer({ dataDir });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      server.reused
        ? `CoreNLP is already running: ${server.url} (pid ${server.pid})`
        : `CoreNLP is running: ${server.url} (pid ${server.pid}, ready in ${seconds}s); stop with: npm run nlp:stop`,
    );
    return 0;
  }
  if (command === 'stop') {
    const status = nlpServerStatus(dataDir);
    await stopNlpServer(dataDir);
    console.log(status ? `CoreNLP stopped (was pid ${status.pid}, port ${status.port}).` : 'CoreNLP is not running.');
    return 0;
  }
  if (command === 'status') {
    const status = nlpServerStatus(dataDir);
    console.log(
      status
        ? `CoreNLP is running: ${status.url} (pid ${status.pid}, since ${status.startedAt})`
        : 'CoreNLP is stopped.',
    );
    return 0;
  }
  console.error('usage: tsx nlp-launcher/cli.ts start|stop|status');
  return 2;
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
