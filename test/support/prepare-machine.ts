// Runs before the tests (npm's pre scripts): makes sure what the tests need is on the machine,
// so that `npm install && npm test` is all a fresh machine needs. Each tier asks for what it uses
// (`tsx test/support/prepare-machine.ts neo4j chromium`); the unit tier needs neither.
// - chromium: Debian's chromium for the browser tests (installed with apt-get when missing and root);
// - neo4j: the embedded Neo4j, built once with Maven (skipped when NEO4J_URI names another database);
// - nlp: Stanford CoreNLP and its English models for the extraction tests, gathered once with Maven.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureNeo4jBuilt } from '../../neo4j-launcher/neo4j-launcher.ts';
import { ensureNlpBuilt } from '../../nlp-launcher/nlp-launcher.ts';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `actorgraph tests: ${CHROMIUM} is missing; install Debian's chromium (sudo apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH',
    );
  }
  console.log('actorgraph tests: installing Debian chromium for the browser tests (apt-get)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
}

const NEEDS = ['neo4j', 'chromium', 'nlp'] as const;

function readNeeds(args: readonly string[]): Set<(typeof NEEDS)[number]> {
  for (const arg of args) {
    if (!(NEEDS as readonly string[]).includes(arg)) {
      throw new Error(`actorgraph tests: prepare-machine.ts knows ${NEEDS.join(', ')}, not "${arg}"`);
    }
  }
  return new Set(args as (typeof NEEDS)[number][]);
}

try {
  const needs = readNeeds(process.argv.slice(2));
  if (needs.has('chromium')) ensureChromium();
  if (needs.has('neo4j') && !process.env['NEO4J_URI']) {
    await ensureNeo4jBuilt({ log: (message) => console.log(message) });
  }
  if (needs.has('nlp')) await ensureNlpBuilt({ log: (message) => console.log(message) });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
