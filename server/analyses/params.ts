import { DateWindowError, readDateWindow, type DateWindowInput, type DateWindowParams } from '../domain/date-window.ts';
import { RELATION_TYPE_NAMES } from '../domain/vocabulary.ts';
import { AnalysisError } from './analysis-error.ts';

/**
 * The parameters every analysis is called with, from the command line or the API. Each analysis
 * names the ones it reads; given values it does not read are refused, so a typo or a parameter
 * meant for another analysis is never silently ignored.
 */
export const PARAM_NAMES = [
  'asOf',
  'asOfCertainty',
  'from',
  'to',
  'minConfidence',
  'types',
  'includeRetracted',
  'actorId',
  'fromId',
  'toId',
  'depth',
  'limit',
  'engine',
  'clock',
  'timeoutMs',
] as const;
export type ParamName = (typeof PARAM_NAMES)[number];

/** The relation filter and time window every analysis understands. */
export const FILTER_PARAMS = [
  'asOf',
  'asOfCertainty',
  'from',
  'to',
  'minConfidence',
  'types',
  'includeRetracted',
] as const satisfies readonly ParamName[];

/** Read by every analysis: how much to return and how long it may take. */
const ALWAYS_READ: readonly ParamName[] = ['limit', 'timeoutMs'];

export const ENGINES = ['AUTO', 'GDS', 'BUILTIN'] as const;
export type Engine = (typeof ENGINES)[number];

/** Which clock `changes` reads: the world's (started, ended), the record's (added, retracted, changed), or both. */
export const CLOCKS = ['WORLD', 'RECORDED', 'BOTH'] as const;
export type Clock = (typeof CLOCKS)[number];

export type AnalysisInput = Partial<Record<ParamName, unknown>>;

/** Parameters of `cypher/fragments/relation-filter.cypher`: every key present, null when unused. */
export interface FilterParams extends DateWindowParams {
  types: string[] | null;
  polarity: null;
  minConfidence: number | null;
  sourceIds: null;
  statuses: null;
  includeRetracted: boolean;
}

export interface AnalysisParams {
  readonly filter: FilterParams;
  readonly actorId: string | null;
  readonly fromId: string | null;
  readonly toId: string | null;
  readonly depth: number | null;
  readonly limit: number;
  readonly engine: Engine;
  /** changes: which clock; BOTH when not asked. */
  readonly clock: Clock;
  readonly timeoutMs: number;
}

export const DEFAULT_LIMIT = 200;
export const MAX_LIMIT = 5000;
export const MAX_DEPTH = 6;
/** The API's default and ceiling; the command line may allow more (see server/cli/analyze.ts). */
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface ReadOptions {
  /** What the analysis reads, besides limit and timeoutMs. */
  readonly reads: readonly ParamName[];
  /** The analysis name, for messages. */
  readonly analysis: string;
  /** Drop given parameters the analysis does not read instead of refusing them (the overlay). */
  readonly lenient?: boolean;
  /** The time limit when none is asked for (default 30 s). */
  readonly defaultTimeoutMs?: number;
  /** The longest time limit a caller may ask for (default 30 s). */
  readonly maxTimeoutMs?: number;
}

/** Validates raw parameters; a bad or unexpected value is an AnalysisError naming the parameter. */
export function readAnalysisParams(input: AnalysisInput, options: ReadOptions): AnalysisParams {
  const reads = new Set<ParamName>([...options.reads, ...ALWAYS_READ]);
  const given = Object.entries(input).filter(([, value]) => value !== null && value !== undefined);
  for (const [name] of given) {
    if (!(PARAM_NAMES as readonly string[]).includes(name)) {
      throw new AnalysisError(
        'BAD_USER_INPUT',
        `unknown parameter "${name}"; parameters are: ${PARAM_NAMES.join(', ')}`,
        name,
      );
    }
  }
  const value = (name: ParamName): unknown => {
    const raw = input[name];
    if (raw === null || raw === undefined) return null;
    if (reads.has(name)) return raw;
    if (options.lenient) return null;
    throw new AnalysisError(
      'BAD_USER_INPUT',
      `${options.analysis} does not read "${name}"; it reads: ${[...reads].join(', ')}`,
      name,
    );
  };

  const window = readWindow({
    asOf: value('asOf'),
    asOfCertainty: value('asOfCertainty'),
    from: value('from'),
    to: value('to'),
  });
  const maxTimeoutMs = options.maxTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const defaultTimeoutMs = Math.min(options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS, maxTimeoutMs);
  return {
    filter: {
      types: readTypes(value('types')),
      polarity: null,
      minConfidence: readNumber(value('minConfidence'), 'minConfidence', 0, 1, false),
      ...window,
      sourceIds: null,
      statuses: null,
      includeRetracted: readBoolean(value('includeRetracted'), 'includeRetracted') ?? false,
    },
    actorId: readId(value('actorId'), 'actorId'),
    fromId: readId(value('fromId'), 'fromId'),
    toId: readId(value('toId'), 'toId'),
    depth: readNumber(value('depth'), 'depth', 1, MAX_DEPTH, true),
    limit: readNumber(value('limit'), 'limit', 1, MAX_LIMIT, true) ?? DEFAULT_LIMIT,
    engine: readEngine(value('engine')),
    clock: readClock(value('clock')),
    timeoutMs: readNumber(value('timeoutMs'), 'timeoutMs', 1, maxTimeoutMs, true) ?? defaultTimeoutMs,
  };
}

/** The date window, read by the one rule of server/domain/date-window.ts, as the API reads it. */
function readWindow(input: DateWindowInput): DateWindowParams {
  try {
    return readDateWindow(input);
  } catch (error) {
    if (error instanceof DateWindowError) throw new AnalysisError('BAD_USER_INPUT', error.message, error.field);
    throw error;
  }
}

function readNumber(value: unknown, name: string, min: number, max: number, integer: boolean): number | null {
  if (value === null) return null;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (
    typeof number !== 'number' ||
    !Number.isFinite(number) ||
    number < min ||
    number > max ||
    (integer && !Number.isInteger(number))
  ) {
    const kind = integer ? 'a whole number' : 'a number';
    throw new AnalysisError(
      'BAD_USER_INPUT',
      `${name} must be ${kind} from ${min} to ${max}, got ${JSON.stringify(value)}`,
      name,
    );
  }
  return number;
}

function readBoolean(value: unknown, name: string): boolean | null {
  if (value === null) return null;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new AnalysisError('BAD_USER_INPUT', `${name} must be true or false, got ${JSON.stringify(value)}`, name);
}

function readId(value: unknown, name: string): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new AnalysisError(
      'BAD_USER_INPUT',
      `${name} must be an actor id such as "pakistan", got ${JSON.stringify(value)}`,
      name,
    );
  }
  return value.trim();
}

function readTypes(value: unknown): string[] | null {
  if (value === null) return null;
  const list =
    typeof value === 'string'
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : value;
  if (!Array.isArray(list))
    throw new AnalysisError(
      'BAD_USER_INPUT',
      `types must be a list of relation types, got ${JSON.stringify(value)}`,
      'types',
    );
  const unknown = list.filter((type) => !(RELATION_TYPE_NAMES as readonly unknown[]).includes(type));
  if (unknown.length > 0) {
    throw new AnalysisError(
      'BAD_USER_INPUT',
      `types: unknown relation type ${unknown.map((type) => JSON.stringify(type)).join(', ')}; known types: ${RELATION_TYPE_NAMES.join(', ')}`,
      'types',
    );
  }
  return list.length > 0 ? (list as string[]) : null;
}

function readEngine(value: unknown): Engine {
  if (value === null) return 'AUTO';
  const engine = typeof value === 'string' ? value.toUpperCase() : value;
  if (!(ENGINES as readonly unknown[]).includes(engine)) {
    throw new AnalysisError(
      'BAD_USER_INPUT',
      `engine must be one of ${ENGINES.join(', ')}, got ${JSON.stringify(value)}`,
      'engine',
    );
  }
  return engine as Engine;
}

function readClock(value: unknown): Clock {
  if (value === null) return 'BOTH';
  const clock = typeof value === 'string' ? value.toUpperCase() : value;
  if (!(CLOCKS as readonly unknown[]).includes(clock)) {
    throw new AnalysisError(
      'BAD_USER_INPUT',
      `clock must be one of ${CLOCKS.join(', ')}, got ${JSON.stringify(value)}`,
      'clock',
    );
  }
  return clock as Clock;
}
