import type { Database } from '../db/database.ts';
import { AnalysisError } from '../analyses/analysis-error.ts';
import { ANALYSIS_NAMES } from '../analyses/analysis.ts';
import { ANALYSES, findAnalysis, runAnalysis } from '../analyses/registry.ts';
import { readAnalysisParams, type AnalysisInput, type ParamName } from '../analyses/params.ts';

/** The command line may run longer than an API request: 2 minutes unless told, at most an hour. */
export const CLI_DEFAULT_TIMEOUT_MS = 120_000;
export const CLI_MAX_TIMEOUT_MS = 3_600_000;

export const USAGE = `usage: npm run analyze -- <analysis> [--param value ...] [--json]

analyses:
${ANALYSIS_NAMES.map((name) => `  ${name.padEnd(17)} ${ANALYSES[name].question}`).join('\n')}

parameters (each analysis refuses those it does not read):
  --as-of DATE            the graph as it stood on DATE (YYYY, YYYY-MM or YYYY-MM-DD):
                          what certainly held then (a partial date covers its whole period)
  --as-of-certainty possible   what may have held on DATE instead
  --from DATE --to DATE   relations overlapping the window, from the first day of --from to
                          the last of --to (changes: what happened in it)
                          for reach, --from and --to are the two actor ids instead
  --min-confidence N      only relations with confidence >= N (0..1)
  --types A,B             only these relation types (SUPPORT,AID,SANCTION,...)
  --include-retracted     include relations whose evidence was all retracted
  --actor ID --depth K    reach: actors within K hops of ID (default 2)
  --limit N               at most N rows (default 200)
  --engine auto|gds|builtin   who runs PageRank, betweenness and Louvain (influence, blocs)
  --clock world|recorded|both changes: dates in the world, dates of the record, or both (default)
  --timeout-ms N          stop after N ms (default ${CLI_DEFAULT_TIMEOUT_MS})
  --json                  print the result as JSON (actors by id) instead of a table

saved analyses (.cypher files in ACTORGRAPH_SAVED_ANALYSES, default cypher/analyses/saved/):
  npm run analyze -- --list                 the built-in and the saved analyses
  npm run analyze -- NAME [--param name=value ...] [--json | --csv]   runs a saved one

docs/analyses.md explains each analysis and how to read it.`;

/** Flag spellings the command line accepts, kebab-case or camelCase, to parameter names. */
const FLAG_NAMES: Record<string, ParamName> = {
  'as-of': 'asOf',
  asof: 'asOf',
  'as-of-certainty': 'asOfCertainty',
  asofcertainty: 'asOfCertainty',
  from: 'from',
  to: 'to',
  'from-date': 'from',
  'to-date': 'to',
  'min-confidence': 'minConfidence',
  minconfidence: 'minConfidence',
  types: 'types',
  type: 'types',
  'include-retracted': 'includeRetracted',
  includeretracted: 'includeRetracted',
  actor: 'actorId',
  'actor-id': 'actorId',
  actorid: 'actorId',
  'from-id': 'fromId',
  fromid: 'fromId',
  'to-id': 'toId',
  toid: 'toId',
  depth: 'depth',
  limit: 'limit',
  engine: 'engine',
  clock: 'clock',
  'timeout-ms': 'timeoutMs',
  timeoutms: 'timeoutMs',
};

/** Flags that stand alone (`--include-retracted` means true). */
const SWITCHES = new Set<ParamName>(['includeRetracted']);

export interface ParsedCommand {
  readonly name: string;
  readonly input: AnalysisInput;
  readonly json: boolean;
}

/**
 * Reads `<analysis> [--param value | --param=value ...] [--json]`. For reach, --from and --to
 * name actors (as the issue fixes them); --from-date / --to-date give a window there.
 */
export function parseAnalyzeArgs(argv: readonly string[]): ParsedCommand | 'help' {
  const args = argv.filter((arg) => arg !== '--');
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) return 'help';
  const [name, ...rest] = args;
  if (name!.startsWith('-'))
    throw new AnalysisError('BAD_USER_INPUT', `the analysis name comes first, got "${name}"\n\n${USAGE}`);
  const input: Record<string, unknown> = {};
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (!arg.startsWith('--'))
      throw new AnalysisError('BAD_USER_INPUT', `unexpected argument "${arg}"; parameters are written --name value`);
    const [flag, inline] = splitFlag(arg.slice(2));
    let param = FLAG_NAMES[flag] ?? FLAG_NAMES[flag.toLowerCase()];
    if (!param) throw new AnalysisError('BAD_USER_INPUT', `unknown parameter --${flag}\n\n${USAGE}`);
    if (name === 'reach' && (flag === 'from' || flag === 'to')) param = flag === 'from' ? 'fromId' : 'toId';
    let value: string | undefined = inline;
    if (value === undefined && SWITCHES.has(param)) {
      const next = rest[i + 1];
      value = next === 'true' || next === 'false' ? (i++, next) : 'true';
    }
    if (value === undefined) {
      value = rest[++i];
      if (value === undefined || value.startsWith('--'))
        throw new AnalysisError('BAD_USER_INPUT', `--${flag} needs a value`, param);
    }
    input[param] = value;
  }
  return { name: name!, input, json };
}

function splitFlag(text: string): [string, string | undefined] {
  const equals = text.indexOf('=');
  return equals < 0 ? [text, undefined] : [text.slice(0, equals), text.slice(equals + 1)];
}

/** Checks the name and parameters before anything connects, so a typo fails at once. */
export function checkAnalyzeCommand(command: ParsedCommand): void {
  const analysis = findAnalysis(command.name);
  const params = readAnalysisParams(command.input, { ...CLI_LIMITS, analysis: analysis.name, reads: analysis.reads });
  analysis.check?.(params);
}

const CLI_LIMITS = { defaultTimeoutMs: CLI_DEFAULT_TIMEOUT_MS, maxTimeoutMs: CLI_MAX_TIMEOUT_MS };

/** Runs a parsed command and returns what to print: JSON or the analysis's table. */
export async function runAnalyzeCommand(db: Database, command: ParsedCommand): Promise<string> {
  const analysis = findAnalysis(command.name);
  const result = await runAnalysis(db, analysis.name, command.input, CLI_LIMITS);
  return command.json
    ? JSON.stringify(result, null, 2)
    : `${analysis.name}: ${analysis.question}\n\n${analysis.toTable(result)}`;
}
