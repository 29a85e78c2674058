import neo4j from 'neo4j-driver';

/**
 * Converts what the driver returns into plain JavaScript, so that nothing above the database
 * boundary ever sees a Neo4j Integer, temporal value, Node or Relationship.
 * Integers become numbers (actorgraph's counts and ids stay far below 2^53); dates become
 * ISO strings; nodes and relationships become their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
    return toPlain(value.properties);
  }
  if (neo4j.isPath(value)) {
    return value.segments.map((segment) => toPlain(segment));
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const plain: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) plain[key] = toPlain(item);
    return plain;
  }
  return value;
}

/** The driver stores a JS number as a Float; use this where Cypher needs an integer. */
export function toCypherInt(value: number): unknown {
  return neo4j.int(value);
}
