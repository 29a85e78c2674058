import type { ExportReader } from './read-export.ts';
import {
  ACTOR_FIELDS,
  RELATION_FIELDS,
  fieldText,
  presentFields,
  relationSpan,
  type FieldType,
  type GraphField,
} from './graph-fields.ts';
import type { TextSink } from './text-sink.ts';
import { xmlAttribute } from './xml-text.ts';

/** GEXF's attribute type for each field type; lists travel as JSON text. */
const GEXF_TYPE: Record<FieldType, string> = {
  string: 'string',
  boolean: 'boolean',
  int: 'integer',
  double: 'double',
  list: 'string',
};

/** The actor's name is the node's label, not an attribute. */
const NODE_FIELDS = ACTOR_FIELDS.filter((field) => field.name !== 'name');

function attributeDeclarations<T>(fields: readonly GraphField<T>[], domain: 'node' | 'edge'): string {
  return (
    `    <attributes class="${domain}">\n` +
    fields
      .map((field) => `      <attribute id="${field.name}" title="${field.name}" type="${GEXF_TYPE[field.type]}"/>\n`)
      .join('') +
    '    </attributes>\n'
  );
}

function attributeValues<T>(fields: readonly GraphField<T>[], record: T): string {
  const present = presentFields(fields, record);
  if (present.length === 0) return '';
  return (
    '        <attvalues>\n' +
    present
      .map(
        ({ field, value }) => `          <attvalue for="${field.name}" value="${xmlAttribute(fieldText(value))}"/>\n`,
      )
      .join('') +
    '        </attvalues>\n'
  );
}

/**
 * GEXF 1.3 (Gephi) in dynamic mode: each relation's time is a spell of days (an event its
 * period, a state of affairs the days it may have held), so Gephi's timeline replays the graph;
 * undated relations have no spell and show at every time. The edge weight is the relation's
 * confidence, its kind the relation type. Valid against the published GEXF 1.3 grammar.
 */
export async function writeGexf(reader: ExportReader, out: TextSink): Promise<void> {
  await out.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n' +
      '  <meta>\n    <creator>actorgraph</creator>\n' +
      '    <description>Actors and the relations news reports claim between them, with evidence</description>\n' +
      '  </meta>\n' +
      '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">\n' +
      attributeDeclarations(NODE_FIELDS, 'node') +
      attributeDeclarations(RELATION_FIELDS, 'edge') +
      '    <nodes>\n',
  );
  for await (const actors of reader.actors()) {
    for (const actor of actors) {
      await out.write(
        `      <node id="${xmlAttribute(actor.id)}" label="${xmlAttribute(actor.name)}">\n` +
          attributeValues(NODE_FIELDS, actor) +
          '      </node>\n',
      );
    }
  }
  await out.write('    </nodes>\n    <edges>\n');
  for await (const relations of reader.relations()) {
    for (const relation of relations) {
      const span = relationSpan(relation);
      const spell = span
        ? '        <spells>\n          <spell' +
          (span.start ? ` start="${span.start}"` : '') +
          (span.end ? ` end="${span.end}"` : '') +
          '/>\n        </spells>\n'
        : '';
      await out.write(
        `      <edge id="${xmlAttribute(relation.id)}" source="${xmlAttribute(relation.fromId)}" ` +
          `target="${xmlAttribute(relation.toId)}" label="${xmlAttribute(relation.type)}" ` +
          `kind="${xmlAttribute(relation.type)}" weight="${relation.confidence ?? 0}">\n` +
          attributeValues(RELATION_FIELDS, relation) +
          spell +
          '      </edge>\n',
      );
    }
  }
  await out.write('    </edges>\n  </graph>\n</gexf>\n');
}
