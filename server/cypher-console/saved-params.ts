import { parsePartialDate } from '../domain/dates.ts';
import { CypherError } from './cypher-error.ts';

/** The types a saved analysis may give its parameters (`// param: NAME TYPE ...`). */
export const PARAM_TYPES = ['String', 'Integer', 'Float', 'Boolean', 'Date', 'List<String>'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export interface SavedAnalysisParam {
  readonly name: string;
  readonly type: ParamType;
  /** The value used when none is given; undefined makes the parameter required. */
  readonly default?: unknown;
  readonly description: string | null;
}

export function isParamType(text: string): text is ParamType {
  return (PARAM_TYPES as readonly string[]).includes(text);
}

/**
 * One value for a parameter of `type`, from JSON (the API) or from text (the command line gives
 * every value as text). A Date reaches the query as `YYYY-MM-DD` text, the first day of a partial
 * date (`2019` is 2019-01-01): compare it as `date($since)`. Throws a message without context.
 */
export function coerceParamValue(type: ParamType, value: unknown): unknown {
  switch (type) {
    case 'String':
      if (typeof value === 'string') return value;
      throw new Error(`must be text, got ${JSON.stringify(value)}`);
    case 'Integer': {
      const number = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
      if (typeof number === 'number' && Number.isSafeInteger(number)) return number;
      throw new Error(`must be a whole number, got ${JSON.stringify(value)}`);
    }
    case 'Float': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof number === 'number' && Number.isFinite(number)) return number;
      throw new Error(`must be a number, got ${JSON.stringify(value)}`);
    }
    case 'Boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw new Error(`must be true or false, got ${JSON.stringify(value)}`);
    case 'Date': {
      const date = typeof value === 'string' || typeof value === 'number' ? parsePartialDate(String(value)) : null;
      if (date) return date.start;
      throw new Error(`must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`);
    }
    case 'List<String>': {
      const list = typeof value === 'string' ? listFromText(value) : value;
      if (Array.isArray(list) && list.every((item) => typeof item === 'string')) return list;
      throw new Error(`must be a list of texts (JSON, or separated by commas), got ${JSON.stringify(value)}`);
    }
  }
}

function listFromText(text: string): unknown {
  if (text.trim().startsWith('[')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * The parameters a saved analysis runs with: each given value checked against its declared type,
 * defaults for the rest; a missing required parameter or one the analysis does not declare is
 * refused by name.
 */
export function readSavedParams(
  analysisName: string,
  declared: readonly SavedAnalysisParam[],
  given: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  for (const name of Object.keys(given)) {
    if (!declared.some((param) => param.name === name)) {
      const known = declared.map((param) => param.name).join(', ') || 'none';
      throw new CypherError('BAD_USER_INPUT', `${analysisName} has no parameter "${name}" (its parameters: ${known})`, {
        param: name,
      });
    }
  }
  const params: Record<string, unknown> = {};
  for (const param of declared) {
    const value = given[param.name];
    if (value === undefined || value === null) {
      if (param.default === undefined) {
        throw new CypherError(
          'BAD_USER_INPUT',
          `${analysisName} needs the parameter "${param.name}" (${param.type}${param.description ? `: ${param.description}` : ''})`,
          { param: param.name },
        );
      }
      params[param.name] = param.default;
      continue;
    }
    try {
      params[param.name] = coerceParamValue(param.type, value);
    } catch (error) {
      throw new CypherError(
        'BAD_USER_INPUT',
        `${analysisName}: parameter "${param.name}" ${(error as Error).message}`,
        {
          param: param.name,
        },
      );
    }
  }
  return params;
}
