// Cypher as text for the Cypher panel's editor: a tokenizer that colours a query (keywords,
// strings, numbers, comments, labels, relationship types, properties, parameters) and the
// completion it offers at the cursor. Pure, so both are unit-tested without a DOM. It reads
// Cypher only as far as an editor must: it never decides what a query means (the server does,
// with EXPLAIN), so an odd query is coloured plainly rather than refused.

export type CypherTokenKind =
  | 'keyword'
  | 'function'
  | 'string'
  | 'number'
  | 'comment'
  | 'label'
  | 'relationshipType'
  | 'property'
  | 'parameter'
  | 'variable'
  | 'operator'
  | 'punctuation'
  | 'space';

export interface CypherToken {
  kind: CypherTokenKind;
  text: string;
  /** Offset of the first character in the query. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

/** Clause and expression keywords of Cypher 5, upper case as they are inserted. */
export const CYPHER_KEYWORDS = [
  'MATCH',
  'OPTIONAL',
  'WHERE',
  'RETURN',
  'WITH',
  'UNWIND',
  'ORDER',
  'BY',
  'ASC',
  'ASCENDING',
  'DESC',
  'DESCENDING',
  'SKIP',
  'LIMIT',
  'DISTINCT',
  'AS',
  'AND',
  'OR',
  'XOR',
  'NOT',
  'IN',
  'IS',
  'NULL',
  'TRUE',
  'FALSE',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'CALL',
  'YIELD',
  'UNION',
  'ALL',
  'EXISTS',
  'COUNT',
  'COLLECT',
  'STARTS',
  'ENDS',
  'CONTAINS',
  'SHORTESTPATH',
  'ALLSHORTESTPATHS',
  'SHORTEST',
  'ANY',
  'NONE',
  'SINGLE',
  'CREATE',
  'MERGE',
  'SET',
  'DELETE',
  'DETACH',
  'REMOVE',
  'FOREACH',
  'LOAD',
  'CSV',
  'EXPLAIN',
  'PROFILE',
  'USE',
  'ON',
] as const;

/** Functions worth offering; the rest are typed by hand. */
export const CYPHER_FUNCTIONS = [
  'count',
  'collect',
  'sum',
  'avg',
  'min',
  'max',
  'size',
  'coalesce',
  'toLower',
  'toUpper',
  'toString',
  'toInteger',
  'toFloat',
  'trim',
  'split',
  'substring',
  'replace',
  'date',
  'datetime',
  'duration',
  'labels',
  'type',
  'id',
  'elementId',
  'keys',
  'properties',
  'nodes',
  'relationships',
  'length',
  'startNode',
  'endNode',
  'head',
  'last',
  'range',
  'reduce',
  'exists',
  'round',
  'abs',
] as const;

const KEYWORDS = new Set<string>(CYPHER_KEYWORDS);
const FUNCTION_NAMES = new Set<string>([
  ...CYPHER_FUNCTIONS.map((name) => name.toLowerCase()),
  'all',
  'any',
  'none',
  'single',
]);
/** Symbols of two characters read as one operator. */
const DOUBLE_OPERATORS = new Set(['<-', '->', '<=', '>=', '<>', '=~', '..', '+=', '!=']);
const IDENTIFIER_START = /[A-Za-z_]/;
const IDENTIFIER_PART = /[A-Za-z0-9_]/;

/**
 * What an open bracket holds, which decides what a name after `:` is: a label in a node pattern
 * `(n:Actor)` or a predicate `n:Actor`, a relationship type in `-[r:RELATES]-`, a value in a map
 * `{name: x}`.
 */
type Bracket = 'node' | 'relationship' | 'list' | 'map';

interface ScanState {
  brackets: Bracket[];
  /** The kind a name takes now after `:` (or `|`, `&`, `!` continuing a label expression). */
  nameAfterColon: 'label' | 'relationshipType' | null;
}

/** Splits a query into tokens that cover it exactly: their texts joined give the query back. */
export function tokenizeCypher(query: string): CypherToken[] {
  return scanCypher(query).tokens;
}

function scanCypher(query: string): { tokens: CypherToken[]; state: ScanState } {
  const tokens: CypherToken[] = [];
  const state: ScanState = { brackets: [], nameAfterColon: null };
  let position = 0;
  const push = (kind: CypherTokenKind, end: number) => {
    tokens.push({ kind, text: query.slice(position, end), start: position, end });
    position = end;
  };
  const previousSignificant = () => {
    for (let i = tokens.length - 1; i >= 0; i -= 1) {
      const token = tokens[i]!;
      if (token.kind !== 'space' && token.kind !== 'comment') return token;
    }
    return null;
  };
  const nextSignificantChar = (from: number) => {
    const rest = /^\s*(\S)/.exec(query.slice(from, from + 200));
    return rest?.[1] ?? '';
  };

  while (position < query.length) {
    const char = query[position]!;
    const next = query[position + 1] ?? '';
    if (/\s/.test(char)) {
      push('space', matchEnd(query, position, /\s+/y));
    } else if (char === '/' && next === '/') {
      const newline = query.indexOf('\n', position);
      push('comment', newline === -1 ? query.length : newline);
    } else if (char === '/' && next === '*') {
      const close = query.indexOf('*/', position + 2);
      push('comment', close === -1 ? query.length : close + 2);
    } else if (char === "'" || char === '"') {
      push('string', stringEnd(query, position, char));
    } else if (
      /[0-9]/.test(char) ||
      (char === '.' && /[0-9]/.test(next) && previousSignificant()?.kind !== 'variable')
    ) {
      push('number', matchEnd(query, position, /0x[0-9a-fA-F]+|[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?/y));
    } else if (char === '$') {
      const end = next === '`' ? stringEnd(query, position + 1, '`') : matchEnd(query, position + 1, /[A-Za-z0-9_]*/y);
      push('parameter', end);
    } else if (IDENTIFIER_START.test(char) || char === '`') {
      const end = char === '`' ? stringEnd(query, position, '`') : matchEnd(query, position, /[A-Za-z0-9_]+/y);
      const word = query.slice(position, end);
      push(classifyName(word, previousSignificant(), nextSignificantChar(end), state), end);
      // One name per `:`; `|` or `&` after it starts the next (see trackBrackets).
      state.nameAfterColon = null;
    } else {
      const pair = char + next;
      const end = DOUBLE_OPERATORS.has(pair) ? position + 2 : position + 1;
      const text = query.slice(position, end);
      const before = previousSignificant();
      push(/[()[\]{},;]/.test(text) ? 'punctuation' : 'operator', end);
      trackBrackets(text, before, state);
    }
  }
  return { tokens, state };
}

function trackBrackets(text: string, before: CypherToken | null, state: ScanState): void {
  const top = state.brackets.at(-1);
  if (text === '(') state.brackets.push('node');
  else if (text === '[') state.brackets.push(before && /-$/.test(before.text) ? 'relationship' : 'list');
  else if (text === '{') state.brackets.push('map');
  else if (text === ')' || text === ']' || text === '}') state.brackets.pop();
  if (text === ':') {
    state.nameAfterColon = top === 'map' ? null : top === 'relationship' ? 'relationshipType' : 'label';
  } else if (['|', '&', '!'].includes(text) && before && isLabelOrType(before)) {
    // `:A|B` and `:A&B` go on naming labels or types.
    state.nameAfterColon = before.kind === 'relationshipType' ? 'relationshipType' : 'label';
  } else if (!(text === '!' && before?.text === ':')) {
    // `:!A` negates the name that follows; anything else ends the label expression.
    state.nameAfterColon = null;
  }
}

function isLabelOrType(token: CypherToken): boolean {
  return token.kind === 'label' || token.kind === 'relationshipType';
}

function classifyName(word: string, before: CypherToken | null, nextChar: string, state: ScanState): CypherTokenKind {
  if (state.nameAfterColon) return state.nameAfterColon;
  if (before?.text === '.') return 'property';
  if (state.brackets.at(-1) === 'map' && nextChar === ':' && before && ['{', ','].includes(before.text)) {
    return 'property';
  }
  // count(x) is a function, COUNT { ... } a subquery; the same holds for collect, exists, all, ...
  if (nextChar === '(' && (FUNCTION_NAMES.has(word.toLowerCase()) || !KEYWORDS.has(word.toUpperCase()))) {
    return 'function';
  }
  if (!word.startsWith('`') && KEYWORDS.has(word.toUpperCase())) return 'keyword';
  return 'variable';
}

function matchEnd(text: string, from: number, pattern: RegExp): number {
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? from + match[0].length : from + 1;
}

/** The end of a quoted string or name; an unclosed one runs to the end of the query. */
function stringEnd(text: string, from: number, quote: string): number {
  for (let i = from + 1; i < text.length; i += 1) {
    if (text[i] === '\\' && quote !== '`') i += 1;
    else if (text[i] === quote) return i + 1;
  }
  return text.length;
}

// ---- completion ------------------------------------------------------------------------------

/** What the live database has: CALL db.labels(), db.relationshipTypes(), db.propertyKeys(). */
export interface CypherSchemaWords {
  labels: readonly string[];
  relationshipTypes: readonly string[];
  propertyKeys: readonly string[];
}

export type CompletionKind = 'keyword' | 'function' | 'label' | 'relationshipType' | 'property' | 'parameter';

export interface CompletionOption {
  kind: CompletionKind;
  /** What the list shows. */
  label: string;
  /** What replaces the text from `from` to `to`. */
  insert: string;
}

export interface Completion {
  from: number;
  to: number;
  options: CompletionOption[];
}

/** At most this many options are listed; typing more narrows them. */
export const MAX_COMPLETIONS = 50;

/**
 * The completion at the cursor: labels after `:` in a node pattern, relationship types after `:`
 * in a relationship pattern, property keys after `.`, parameters after `$` (those of the query and
 * those given), keywords and functions elsewhere once a word is begun. Null inside a string or a
 * comment, and where nothing fits.
 */
export function completeCypher(
  query: string,
  cursor: number,
  words: CypherSchemaWords,
  givenParameters: readonly string[] = [],
): Completion | null {
  const wordStart = startOfWord(query, cursor);
  const prefix = query.slice(wordStart, cursor);
  const { tokens, state } = scanCypher(query.slice(0, wordStart));
  const last = tokens.at(-1);
  if (last?.kind === 'string' && !isClosedString(last)) return null;
  if (last?.kind === 'comment' && (last.text.startsWith('//') || !isClosedComment(last))) return null;
  const trigger = query[wordStart - 1] ?? '';
  const end = cursor;

  if (trigger === '$') {
    const used = tokens.filter((token) => token.kind === 'parameter').map((token) => token.text.slice(1));
    return listed(wordStart, end, prefix, 'parameter', [...givenParameters, ...used]);
  }
  if (trigger === '.' && !/[0-9]$/.test(query.slice(0, wordStart - 1))) {
    return listed(wordStart, end, prefix, 'property', words.propertyKeys);
  }
  if (state.nameAfterColon === 'relationshipType') {
    return listed(wordStart, end, prefix, 'relationshipType', words.relationshipTypes);
  }
  if (state.nameAfterColon === 'label') return listed(wordStart, end, prefix, 'label', words.labels);
  if (trigger === ':') return null;
  if (prefix.length === 0) return null;
  const keywordOptions = CYPHER_KEYWORDS.map<CompletionOption>((keyword) => ({
    kind: 'keyword',
    label: keyword,
    insert: keyword,
  }));
  const functionOptions = CYPHER_FUNCTIONS.map<CompletionOption>((name) => ({
    kind: 'function',
    label: `${name}()`,
    insert: `${name}(`,
  }));
  return narrowed(wordStart, end, prefix, [...keywordOptions, ...functionOptions]);
}

function listed(
  from: number,
  to: number,
  prefix: string,
  kind: CompletionKind,
  names: readonly string[],
): Completion | null {
  const options = [...new Set(names)]
    .filter((name) => name.length > 0)
    .sort((a, b) => a.localeCompare(b))
    .map<CompletionOption>((name) => ({ kind, label: name, insert: quoteName(name) }));
  return narrowed(from, to, prefix, options);
}

/**
 * Options that begin with what is typed come first, then (from two letters on, where it means
 * something) those that contain it; case is ignored.
 */
function narrowed(from: number, to: number, prefix: string, options: CompletionOption[]): Completion | null {
  const typed = prefix.replace(/^`/, '').toLowerCase();
  const starts = options.filter((option) => option.label.toLowerCase().startsWith(typed));
  const contains =
    typed.length < 2
      ? []
      : options.filter(
          (option) => !option.label.toLowerCase().startsWith(typed) && option.label.toLowerCase().includes(typed),
        );
  const chosen = [...starts, ...contains].filter((option) => option.insert !== prefix).slice(0, MAX_COMPLETIONS);
  return chosen.length > 0 ? { from, to, options: chosen } : null;
}

/** A name that is not a plain identifier is written in backticks: `My Label`. */
export function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

function startOfWord(text: string, cursor: number): number {
  let start = cursor;
  while (start > 0 && IDENTIFIER_PART.test(text[start - 1]!)) start -= 1;
  if (start > 0 && text[start - 1] === '`') start -= 1;
  return start;
}

function isClosedComment(token: CypherToken): boolean {
  return token.text.length >= 4 && token.text.endsWith('*/');
}

function isClosedString(token: CypherToken): boolean {
  const quote = token.text[0]!;
  return token.text.length >= 2 && token.text.endsWith(quote) && !token.text.endsWith(`\\${quote}`);
}

/**
 * Labels, relationship types and property keys named in queries (the saved analyses, the worked
 * examples): what completion offers when the database's own lists cannot be read.
 */
export function harvestSchemaWords(queries: readonly string[]): CypherSchemaWords {
  const labels = new Set<string>();
  const relationshipTypes = new Set<string>();
  const propertyKeys = new Set<string>();
  for (const query of queries) {
    for (const token of tokenizeCypher(query)) {
      const name = token.text.replace(/^`|`$/g, '');
      if (token.kind === 'label') labels.add(name);
      else if (token.kind === 'relationshipType') relationshipTypes.add(name);
      else if (token.kind === 'property') propertyKeys.add(name);
    }
  }
  const sorted = (names: Set<string>) => [...names].sort((a, b) => a.localeCompare(b));
  return { labels: sorted(labels), relationshipTypes: sorted(relationshipTypes), propertyKeys: sorted(propertyKeys) };
}

/** Both lists in one, without repeats: the database's words and those harvested. */
export function mergeSchemaWords(...lists: CypherSchemaWords[]): CypherSchemaWords {
  const merged = (pick: (words: CypherSchemaWords) => readonly string[]) =>
    [...new Set(lists.flatMap(pick))].sort((a, b) => a.localeCompare(b));
  return {
    labels: merged((words) => words.labels),
    relationshipTypes: merged((words) => words.relationshipTypes),
    propertyKeys: merged((words) => words.propertyKeys),
  };
}

/** The names of the parameters a query uses ($name), in order of first use. */
export function parametersOf(query: string): string[] {
  const names = tokenizeCypher(query)
    .filter((token) => token.kind === 'parameter' && token.text.length > 1)
    .map((token) => token.text.slice(1).replace(/^`|`$/g, ''));
  return [...new Set(names)];
}

/** The line and column (both from 1) of an offset, as Neo4j counts them. */
export function lineAndColumn(query: string, offset: number): { line: number; column: number } {
  const before = query.slice(0, Math.max(0, Math.min(offset, query.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** The offset of a line and column (both from 1); past the end of a line, its end. */
export function offsetOf(query: string, line: number, column: number): number {
  const lines = query.split('\n');
  let offset = 0;
  for (let i = 0; i < Math.min(line - 1, lines.length - 1); i += 1) offset += lines[i]!.length + 1;
  const current = lines[Math.min(line, lines.length) - 1] ?? '';
  return offset + Math.max(0, Math.min(column - 1, current.length));
}
