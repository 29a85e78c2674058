import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ANALYSIS_NAMES } from '../analyses/analysis.ts';
import type { CypherSettings } from '../config.ts';
import type { Database } from '../db/database.ts';
import { CypherError } from './cypher-error.ts';
import { checkCypher, runCypher, type CypherResult } from './run-cypher.ts';
import {
  formatSavedAnalysis,
  parseSavedAnalysis,
  SAVED_ANALYSIS_NAME,
  withoutHeader,
  type SavedAnalysis,
} from './saved-analysis-file.ts';
import { coerceParamValue, isParamType, readSavedParams, type SavedAnalysisParam } from './saved-params.ts';

/**
 * The folder of saved analyses (ACTORGRAPH_SAVED_ANALYSES): one `.cypher` file each, read on
 * every call, so a file dropped into the folder is there at once and a deleted one is gone; there
 * is no cache to go stale.
 */
export type SavedAnalysesSettings = Pick<CypherSettings, 'savedAnalysesDir' | 'timeoutMs' | 'maxRows'>;

export interface SavedAnalysesListing {
  readonly analyses: SavedAnalysis[];
  /** Files that could not be read as saved analyses, each with its error (file and line). */
  readonly problems: string[];
}

export async function listSavedAnalyses(dir: string): Promise<SavedAnalysesListing> {
  const analyses: SavedAnalysis[] = [];
  const problems: string[] = [];
  for (const name of await savedAnalysisNames(dir)) {
    try {
      analyses.push(await readSavedAnalysis(dir, name));
    } catch (error) {
      if (!(error instanceof CypherError)) throw error;
      problems.push(error.message);
    }
  }
  return { analyses, problems };
}

/** The saved analysis of that name, or null; a file that does not parse is an error naming its line. */
export async function findSavedAnalysis(dir: string, name: string): Promise<SavedAnalysis | null> {
  if (!SAVED_ANALYSIS_NAME.test(name) || !(await savedAnalysisNames(dir)).includes(name)) return null;
  return readSavedAnalysis(dir, name);
}

export async function runSavedAnalysis(
  db: Database,
  settings: SavedAnalysesSettings,
  name: string,
  given: Readonly<Record<string, unknown>>,
): Promise<CypherResult> {
  const analysis = await findSavedAnalysis(settings.savedAnalysesDir, name);
  if (!analysis) {
    const known = (await savedAnalysisNames(settings.savedAnalysesDir)).join(', ') || 'none';
    throw new CypherError('SAVED_ANALYSIS_NOT_FOUND', `no saved analysis named "${name}"; saved analyses: ${known}`);
  }
  return runCypher(db, analysis.query, readSavedParams(name, analysis.params, given), settings);
}

export interface SaveRequest {
  readonly name: string;
  readonly title: string;
  readonly question: string;
  readonly query: string;
  readonly params?: readonly { name: string; type: string; default?: unknown; description?: string | null }[] | null;
  readonly replace?: boolean | null;
}

/**
 * Writes a saved analysis after checking all of it: the name, the header it makes, the
 * parameters' types and defaults, and the query's plan (read-only, as `runCypher` judges it).
 * The file appears whole or not at all (written aside, then moved into place); a name already
 * taken is kept unless `replace` is true.
 */
export async function saveAnalysis(
  db: Database,
  settings: SavedAnalysesSettings,
  request: SaveRequest,
): Promise<SavedAnalysis> {
  const { name } = request;
  if (!SAVED_ANALYSIS_NAME.test(name)) {
    throw new CypherError('BAD_USER_INPUT', `name: "${name}" is not a slug (lower-case letters, digits and hyphens)`, {
      param: 'name',
    });
  }
  if ((ANALYSIS_NAMES as readonly string[]).includes(name)) {
    throw new CypherError('BAD_USER_INPUT', `name: "${name}" is a built-in analysis; choose another name`, {
      param: 'name',
    });
  }
  for (const field of ['title', 'question'] as const) {
    if (request[field].trim() === '' || request[field].includes('\n')) {
      throw new CypherError('BAD_USER_INPUT', `${field}: write it on one line`, { param: field });
    }
  }
  const params = (request.params ?? []).map(toSavedParam);
  const text = formatSavedAnalysis({ ...request, params, body: withoutHeader(request.query) });
  const analysis = parseSavedAnalysis(name, text, `saved analysis "${name}"`);
  await checkCypher(db, analysis.query, exampleParams(analysis.params), settings);
  await writeAtomically(settings.savedAnalysesDir, name, text, request.replace === true);
  return analysis;
}

function toSavedParam(input: NonNullable<SaveRequest['params']>[number], index: number): SavedAnalysisParam {
  const field = `params[${index}]`;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(input.name)) {
    throw new CypherError('BAD_USER_INPUT', `${field}.name: "${input.name}" is not a parameter name`, { param: field });
  }
  if (!isParamType(input.type)) {
    throw new CypherError('BAD_USER_INPUT', `${field}.type: unknown type "${input.type}"`, { param: field });
  }
  if (input.description?.includes('\n')) {
    throw new CypherError('BAD_USER_INPUT', `${field}.description: write it on one line`, { param: field });
  }
  let defaultValue: unknown = undefined;
  if (input.default !== undefined && input.default !== null) {
    try {
      defaultValue = coerceParamValue(input.type, input.default);
    } catch (error) {
      throw new CypherError('BAD_USER_INPUT', `${field}.default ${(error as Error).message}`, { param: field });
    }
  }
  return {
    name: input.name,
    type: input.type,
    ...(defaultValue === undefined ? {} : { default: defaultValue }),
    description: input.description?.trim() || null,
  };
}

/** EXPLAIN needs no real values, only ones of the right type (`LIMIT $n` cannot plan with null). */
const EXAMPLE_VALUES: Record<SavedAnalysisParam['type'], unknown> = {
  String: '',
  Integer: 1,
  Float: 0.5,
  Boolean: false,
  Date: '2000-01-01',
  'List<String>': [],
};

function exampleParams(params: readonly SavedAnalysisParam[]): Record<string, unknown> {
  return Object.fromEntries(params.map((param) => [param.name, param.default ?? EXAMPLE_VALUES[param.type]]));
}

async function writeAtomically(dir: string, name: string, text: string, replace: boolean): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${name}.cypher`);
  const temporary = join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(temporary, text, { flag: 'wx' });
  try {
    if (replace) {
      await rename(temporary, file);
      return;
    }
    // link() fails when the name is taken, so two saves of one new name cannot both win.
    await link(temporary, file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
      throw new CypherError(
        'BAD_USER_INPUT',
        `name: a saved analysis named "${name}" exists; pass replace: true to replace it`,
        {
          param: 'name',
        },
      );
    });
  } finally {
    await unlink(temporary).catch(() => {});
  }
}

async function savedAnalysisNames(dir: string): Promise<string[]> {
  let files: string[];
  try {
    files = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return files
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => file.slice(0, -'.cypher'.length))
    .filter((name) => SAVED_ANALYSIS_NAME.test(name))
    .sort();
}

async function readSavedAnalysis(dir: string, name: string): Promise<SavedAnalysis> {
  const file = join(dir, `${name}.cypher`);
  return parseSavedAnalysis(name, await readFile(file, 'utf8'), relative(process.cwd(), file) || file);
}
