import type { ExportReader } from './read-export.ts';
import { ACTOR_FIELDS, RELATION_FIELDS, presentFields, type GraphField } from './graph-fields.ts';
import type { TextSink } from './text-sink.ts';

function dataOf<T>(
  fields: readonly GraphField<T>[],
  record: T,
  base: Record<string, unknown>,
): Record<string, unknown> {
  const data: Record<string, unknown> = { ...base };
  for (const { field, value } of presentFields(fields, record)) data[field.name] = value;
  return data;
}

/**
 * Cytoscape JSON as Cytoscape desktop imports it (`{"elements": {"nodes": [...], "edges": [...]}}`):
 * each element's `data` holds its id, the edge's source, target and `interaction` (the relation
 * type, Cytoscape's edge column), and every property with its JSON type (lists as arrays).
 * Written element by element, so a large graph streams out.
 */
export async function writeCyjs(reader: ExportReader, out: TextSink): Promise<void> {
  await out.write(
    '{"format_version":"1.0","generated_by":"actorgraph","target_cytoscapejs_version":"~2.1",' +
      '"data":{"name":"actorgraph"},\n"elements":{"nodes":[',
  );
  let first = true;
  for await (const actors of reader.actors()) {
    for (const actor of actors) {
      const node = { data: dataOf(ACTOR_FIELDS, actor, { id: actor.id, shared_name: actor.name }) };
      await out.write(`${first ? '\n' : ',\n'}${JSON.stringify(node)}`);
      first = false;
    }
  }
  await out.write('\n],"edges":[');
  first = true;
  for await (const relations of reader.relations()) {
    for (const relation of relations) {
      const base = {
        id: relation.id,
        source: relation.fromId,
        target: relation.toId,
        interaction: relation.type,
        shared_name: `${relation.fromId} (${relation.type}) ${relation.toId}`,
      };
      await out.write(`${first ? '\n' : ',\n'}${JSON.stringify({ data: dataOf(RELATION_FIELDS, relation, base) })}`);
      first = false;
    }
  }
  await out.write('\n]}}\n');
}
