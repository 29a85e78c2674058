import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ANALYSES } from '../analyses/registry.ts';
import { ANALYSIS_NAMES } from '../analyses/analysis.ts';
import { AnalysisError } from '../analyses/analysis-error.ts';
import type { CypherSettings } from '../config.ts';
import type { Database } from '../db/database.ts';
import { CypherError } from '../cypher-console/cypher-error.ts';
import { findSavedAnalysis, listSavedAnalyses, runSavedAnalysis } from '../cypher-console/saved-analyses.ts';
import { formatCypherResult, type OutputFormat } from './cypher-command.ts';

/**
 * `npm run analyze` for saved analyses: `--list` shows them beside the built-in ones, and a name
 * that is not a built-in analysis is looked up in the folder of saved analyses (built-in names
 * win). The folder is read on every call, so a file added to it is there at once.
 */
export function isBuiltInAnalysis(name: string): boolean {
  return (ANALYSIS_NAMES as readonly string[]).includes(name);
}

export async function listAnalyses(dir: string): Promise<{ text: string; problems: string[] }> {
  const { analyses, problems } = await listSavedAnalyses(dir);
  const width = Math.max(17, ...analyses.map((analysis) => analysis.name.length + 1));
  const builtIn = ANALYSIS_NAMES.map((name) => `  ${name.padEnd(width)} ${ANALYSES[name].question}`);
  const saved = analyses.map((analysis) => {
    const params = analysis.params.map((param) =>
      param.default === undefined ? `--param ${param.name}=...` : `[--param ${param.name}=...]`,
    );
    return `  ${analysis.name.padEnd(width)} ${analysis.question}${params.length > 0 ? `\n  ${''.padEnd(width)} ${params.join(' ')}` : ''}`;
  });
  const text = [
    'built-in analyses:',
    ...builtIn,
    '',
    `saved analyses (${relative(process.cwd(), dir) || dir}):`,
    ...(saved.length > 0 ? saved : ['  (none)']),
  ].join('\n');
  return { text, problems };
}

export interface SavedAnalysisCommand {
  readonly name: string;
  /** Values as text: each is read by the type its `// param:` line declares. */
  readonly params: Record<string, string>;
  readonly format: OutputFormat;
}

export function parseSavedAnalysisArgs(args: readonly string[]): SavedAnalysisCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { param: { type: 'string', multiple: true }, json: { type: 'boolean' }, csv: { type: 'boolean' } },
    });
  } catch (error) {
    throw new CypherError(
      'BAD_USER_INPUT',
      `${(error as Error).message}; a saved analysis takes --param name=value, --json or --csv`,
    );
  }
  const [name, ...extra] = parsed.positionals;
  if (!name || extra.length > 0) throw new CypherError('BAD_USER_INPUT', `unexpected argument "${extra[0] ?? ''}"`);
  const params: Record<string, string> = {};
  for (const flag of parsed.values.param ?? []) {
    const equals = flag.indexOf('=');
    if (equals < 1) throw new CypherError('BAD_USER_INPUT', `--param ${flag}: write --param name=value`);
    params[flag.slice(0, equals)] = flag.slice(equals + 1);
  }
  return { name, params, format: parsed.values.json ? 'json' : parsed.values.csv ? 'csv' : 'table' };
}

export async function runSavedAnalysisCommand(
  db: Database,
  settings: CypherSettings,
  command: SavedAnalysisCommand,
): Promise<string> {
  const analysis = await findSavedAnalysis(settings.savedAnalysesDir, command.name);
  if (!analysis) {
    const saved = (await listSavedAnalyses(settings.savedAnalysesDir)).analyses.map((known) => known.name);
    throw new AnalysisError(
      'ANALYSIS_NOT_FOUND',
      `no analysis named "${command.name}"; analyses are: ${ANALYSIS_NAMES.join(', ')}; saved analyses: ${saved.join(', ') || 'none'}`,
    );
  }
  const result = await runSavedAnalysis(db, settings, analysis.name, command.params);
  const body = formatCypherResult(result, command.format);
  const cut = result.truncated ? `\n(cut at ${settings.maxRows} rows: ACTORGRAPH_CYPHER_MAX_ROWS)` : '';
  return command.format === 'table' ? `${analysis.name}: ${analysis.question}\n\n${body}${cut}` : body;
}
