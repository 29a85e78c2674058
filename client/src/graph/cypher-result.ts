// A Cypher result as the panel shows it: each value as text (a node by its name, a relationship
// by its type and ends), and an error's place in the query. Pure; the values follow the API's
// contract (schema.graphql, CypherResult): a node is { id, name, labels }, a relationship
// { id, type, from, to }, dates ISO strings, integers numbers.

/** A node as the API writes it in a row. */
export interface CypherNodeValue {
  id: string;
  name?: string | null;
  labels: string[];
}

/** A relationship as the API writes it in a row. */
export interface CypherRelationshipValue {
  id: string;
  type: string;
  from: string;
  to: string;
}

export type CypherCell =
  | { kind: 'empty' }
  | { kind: 'node'; node: CypherNodeValue; text: string }
  | { kind: 'relationship'; relationship: CypherRelationshipValue; text: string }
  | { kind: 'text'; text: string };

export function isNodeValue(value: unknown): value is CypherNodeValue {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    Array.isArray(value['labels']) &&
    value['labels'].every((label) => typeof label === 'string')
  );
}

export function isRelationshipValue(value: unknown): value is CypherRelationshipValue {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    typeof value['type'] === 'string' &&
    typeof value['from'] === 'string' &&
    typeof value['to'] === 'string'
  );
}

/** Names by node id, for a relationship's ends: the end's id where no name is known. */
export type NodeNames = ReadonlyMap<string, string>;

/**
 * One value of a row as one cell: nodes and relationships keep what they are, so they can be
 * linked; a relationship's ends are named where a name is known.
 */
export function toCell(value: unknown, names: NodeNames = new Map()): CypherCell {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (isNodeValue(value)) return { kind: 'node', node: value, text: describeValue(value, names) };
  if (isRelationshipValue(value)) {
    return { kind: 'relationship', relationship: value, text: describeValue(value, names) };
  }
  return { kind: 'text', text: describeValue(value, names) };
}

/** A value as text: names for nodes, `type from→to` for relationships, lists and maps spelled out. */
export function describeValue(value: unknown, names: NodeNames = new Map()): string {
  if (value === null || value === undefined) return 'null';
  if (isNodeValue(value)) return value.name ?? value.id;
  if (isRelationshipValue(value)) {
    return `${value.type} ${names.get(value.from) ?? value.from}→${names.get(value.to) ?? value.to}`;
  }
  if (Array.isArray(value)) return `[${value.map((item) => describeValue(item, names)).join(', ')}]`;
  if (isRecord(value)) {
    return `{${Object.entries(value)
      .map(([key, entry]) => `${key}: ${describeValue(entry, names)}`)
      .join(', ')}}`;
  }
  return String(value);
}

/**
 * The rows of a result as cells, in the order of its columns. Relationship ends are named from
 * the nodes of the result itself, else from `known` (the actors in view).
 */
export function toTableRows(
  columns: readonly string[],
  rows: readonly unknown[],
  known: NodeNames = new Map(),
): CypherCell[][] {
  const names = new Map(known);
  for (const node of nodesIn(rows)) if (node.name) names.set(node.id, node.name);
  return rows.map((row) => columns.map((column) => toCell(isRecord(row) ? row[column] : undefined, names)));
}

/** Every node anywhere in the values, lists and maps included. */
function nodesIn(values: readonly unknown[]): CypherNodeValue[] {
  return values.flatMap((value): CypherNodeValue[] => {
    if (isNodeValue(value)) return [value];
    if (Array.isArray(value)) return nodesIn(value);
    if (isRecord(value)) return nodesIn(Object.values(value));
    return [];
  });
}

/** Where in the query Neo4j found the error (line and column from 1). */
export interface CypherErrorPosition {
  line: number;
  column: number;
}

/**
 * The position of a Cypher error: from the error's extensions (`position: { line, column }`, or
 * `line` and `column`) when the API gives it there, else from Neo4j's own message, which ends
 * "(line 1, column 8 (offset: 7))". Null when the error names no place.
 */
export function cypherErrorPosition(message: string, extensions: unknown = undefined): CypherErrorPosition | null {
  const fromExtensions = isRecord(extensions) ? (toPosition(extensions['position']) ?? toPosition(extensions)) : null;
  if (fromExtensions) return fromExtensions;
  const match = /line (\d+), column (\d+)/i.exec(message);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : null;
}

function toPosition(value: unknown): CypherErrorPosition | null {
  if (!isRecord(value)) return null;
  const { line, column } = value;
  return typeof line === 'number' && typeof column === 'number' && line >= 1 && column >= 1 ? { line, column } : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The parameters typed for an ad-hoc query, as JSON text: an object, or nothing. Returns the
 * object or a sentence saying what is wrong.
 */
export function parseParamsText(text: string): { params: Record<string, unknown> } | { error: string } {
  if (text.trim() === '') return { params: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { error: `The parameters are not JSON: ${(error as Error).message}` };
  }
  if (!isRecord(parsed)) return { error: 'The parameters must be a JSON object, e.g. {"since": "2019-01-01"}' };
  return { params: parsed };
}
