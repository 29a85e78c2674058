import { CypherError } from './cypher-error.ts';
import { coerceParamValue, isParamType, PARAM_TYPES, type SavedAnalysisParam } from './saved-params.ts';

/**
 * A saved analysis is a `.cypher` file whose first comment lines say what it is:
 *
 *   // title: Relations of an actor
 *   // question: Which relations does an actor take part in, and how well are they sourced?
 *   // param: actor String -- the actor's id
 *   // param: since Date = "2019" -- only relations from this date on
 *   MATCH ...
 *
 * Other comment lines may stand among them. The whole file, header included, is the query
 * (comments are Cypher too), so Neo4j's line numbers are the file's.
 */
export interface SavedAnalysis {
  /** The file name without `.cypher`: how it is run. */
  readonly name: string;
  readonly title: string;
  readonly question: string;
  readonly params: readonly SavedAnalysisParam[];
  /** The whole text, header included. */
  readonly query: string;
}

/** A name is a slug: it is a file name, a command-line word and a URL part. */
export const SAVED_ANALYSIS_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const HEADER_LINE = /^\s*\/\/\s*(title|question|param)\s*:(.*)$/;
const PARAM_LINE = /^([A-Za-z_][A-Za-z0-9_]*)\s+(\S+)\s*(.*)$/;

/** Reads a saved analysis; `where` names the file in errors (`cypher/analyses/saved/x.cypher`). */
export function parseSavedAnalysis(name: string, text: string, where: string): SavedAnalysis {
  const fail = (line: number | null, message: string): never => {
    throw new CypherError('BAD_USER_INPUT', `${where}${line === null ? '' : `:${line}`}: ${message}`);
  };
  const lines = text.split('\n');
  let title: string | null = null;
  let question: string | null = null;
  const params: SavedAnalysisParam[] = [];
  let bodyStart = lines.length;
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('//')) {
      bodyStart = index;
      break;
    }
    const header = HEADER_LINE.exec(line);
    if (!header) continue;
    const [, key, rawValue] = header;
    const value = rawValue!.trim();
    const lineNumber = index + 1;
    if (value === '') fail(lineNumber, `the header line "${key}:" is empty`);
    if (key === 'title') {
      if (title !== null) fail(lineNumber, 'a second title');
      title = value;
    } else if (key === 'question') {
      if (question !== null) fail(lineNumber, 'a second question');
      question = value;
    } else {
      const param = parseParamLine(value, (message) => fail(lineNumber, message));
      if (params.some((known) => known.name === param.name)) fail(lineNumber, `a second parameter "${param.name}"`);
      params.push(param);
    }
  }
  if (title === null) fail(null, 'the header has no "// title: ..." line at the top of the file');
  if (question === null) fail(null, 'the header has no "// question: ..." line at the top of the file');
  const body = lines.slice(bodyStart).join('\n');
  if (body.trim() === '') fail(null, 'there is no query after the header');
  for (const used of parametersUsedIn(body)) {
    if (!params.some((param) => param.name === used)) {
      fail(null, `the query uses $${used}, but the header declares no "// param: ${used} TYPE"`);
    }
  }
  return { name, title: title!, question: question!, params, query: text };
}

/**
 * `NAME TYPE [= JSON-default] [-- description]`. The default is JSON (`"2019"`, `2`, `["a"]`);
 * the description starts at the first ` -- ` after a default that parses.
 */
function parseParamLine(text: string, fail: (message: string) => never): SavedAnalysisParam {
  const match = PARAM_LINE.exec(text);
  if (!match)
    return fail(`a parameter is written "// param: NAME TYPE [= JSON-default] [-- description]", got "${text}"`);
  const [, name, type, rest] = match;
  if (!isParamType(type!)) return fail(`parameter "${name}": unknown type "${type}" (use ${PARAM_TYPES.join(', ')})`);
  let remainder = rest!.trim();
  let description: string | null = null;
  let defaultValue: unknown = undefined;
  if (remainder.startsWith('=')) {
    const split = splitDefault(remainder.slice(1));
    if (!split) return fail(`parameter "${name}": the default is not JSON (write text in double quotes)`);
    try {
      defaultValue = split.value === null ? null : coerceParamValue(type, split.value);
    } catch (error) {
      return fail(`parameter "${name}": the default ${(error as Error).message}`);
    }
    remainder = split.rest;
  }
  if (remainder.startsWith('--')) description = remainder.slice(2).trim() || null;
  else if (remainder !== '')
    return fail(`parameter "${name}": unexpected "${remainder}" (a description follows " -- ")`);
  return { name: name!, type, ...(defaultValue === undefined ? {} : { default: defaultValue }), description };
}

function splitDefault(text: string): { value: unknown; rest: string } | null {
  const cuts = [...text.matchAll(/\s--(?:\s|$)/g)].map((match) => match.index);
  for (const cut of [...cuts, text.length]) {
    try {
      return { value: JSON.parse(text.slice(0, cut)), rest: text.slice(cut).trim() };
    } catch {
      // the description's separator may stand inside the JSON text; try the next one
    }
  }
  return null;
}

/** `$name`s of the query, outside comments and string literals. */
function parametersUsedIn(body: string): string[] {
  const code = body
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/.*$/gm, ' ')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!))];
}

/** The text of a saved analysis file: the header from its parts, then the query. */
export function formatSavedAnalysis(parts: {
  title: string;
  question: string;
  params: readonly SavedAnalysisParam[];
  body: string;
}): string {
  const header = [
    `// title: ${parts.title}`,
    `// question: ${parts.question}`,
    ...parts.params.map(
      (param) =>
        `// param: ${param.name} ${param.type}` +
        (param.default === undefined ? '' : ` = ${JSON.stringify(param.default)}`) +
        (param.description ? ` -- ${param.description}` : ''),
    ),
  ];
  return `${header.join('\n')}\n${withoutHeader(parts.body).trim()}\n`;
}

/** A query sent back with its old header (as `SavedAnalysis.query` gives it) loses that header. */
export function withoutHeader(text: string): string {
  const lines = text.split('\n');
  let start = 0;
  while (start < lines.length && (lines[start]!.trim() === '' || HEADER_LINE.test(lines[start]!))) start++;
  return lines.slice(start).join('\n');
}
