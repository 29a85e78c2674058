import { buildSchema, GraphQLEnumType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_FLAGS } from '../../server/analyses/evidence-quality.ts';
import { CLOCKS, ENGINES } from '../../server/analyses/params.ts';
import { ASSESSMENT_STEP_KINDS } from '../../server/domain/confidence.ts';
import { AS_OF_CERTAINTIES } from '../../server/domain/date-window.ts';
import { EXPORT_FORMATS } from '../../server/interchange/export/export-graph.ts';
import {
  ACTOR_KINDS,
  DATE_PRECISIONS,
  EVIDENCE_KINDS,
  EVIDENCE_STATUSES,
  LINK_KINDS,
  POLARITIES,
  QUAD_CLASSES,
  RELATION_STATUSES,
  RELATION_TYPE_NAMES,
  SOURCE_KINDS,
  STANCES,
} from '../../server/domain/vocabulary.ts';
import { loadTypeDefs } from '../../server/graphql/schema.ts';
import { ANNOTATION_TARGET_KINDS } from '../../server/graphql/workbench/annotation-records.ts';

// The vocabularies live in TypeScript (validation, ingest, analyses) and again as SDL enums (the
// API). Nothing generates one from the other, so this keeps them equal, value by value and in order.

/** Each SDL enum that mirrors a list of the server, with that list. */
const MIRRORED: Record<string, readonly string[]> = {
  ActorKind: ACTOR_KINDS,
  Polarity: POLARITIES,
  QuadClass: QUAD_CLASSES,
  RelationType: RELATION_TYPE_NAMES,
  RelationStatus: RELATION_STATUSES,
  Stance: STANCES,
  EvidenceKind: EVIDENCE_KINDS,
  EvidenceStatus: EVIDENCE_STATUSES,
  SourceKind: SOURCE_KINDS,
  LinkKind: LINK_KINDS,
  DatePrecision: DATE_PRECISIONS,
  AnalysisEngine: ENGINES,
  ChangeClock: CLOCKS,
  AssessmentStepKind: ASSESSMENT_STEP_KINDS,
  EvidenceFlag: EVIDENCE_FLAGS,
  AsOfCertainty: AS_OF_CERTAINTIES,
  AnnotationTargetKind: ANNOTATION_TARGET_KINDS,
  // The command line writes the formats in lower case (--format gexf), the API in upper case.
  ExportFormat: EXPORT_FORMATS.map((format) => format.toUpperCase()),
};

/**
 * Enums of the API alone, with why they have no list to agree with: the server writes these
 * values as string literals in one place each (a list there would be checked here).
 */
const API_ONLY = new Set([
  'LinkDirection', // server/graphql/loaders.ts
  'HopDirection', // server/graphql/resolvers/traversal.ts
  'TimelineEventKind', // server/graphql/resolvers/traversal.ts
  'ChangeKind', // server/analyses/changes.ts (a union type, not yet a list)
]);

const schema: GraphQLSchema = buildSchema(loadTypeDefs());

function valuesOf(name: string): string[] | undefined {
  const type = schema.getType(name);
  return type instanceof GraphQLEnumType ? type.getValues().map((value) => value.name) : undefined;
}

describe('the vocabulary and the SDL enums', () => {
  for (const [name, list] of Object.entries(MIRRORED)) {
    it(`gives the enum ${name} exactly the values of its list, in order`, () => {
      expect(valuesOf(name)).toEqual([...list]);
    });
  }

  it('leaves no enum of the schema unchecked, except those the API alone has', () => {
    const enums = Object.values(schema.getTypeMap())
      .filter((type) => type instanceof GraphQLEnumType && !type.name.startsWith('__'))
      .map((type) => type.name);
    expect(enums.filter((name) => !(name in MIRRORED) && !API_ONLY.has(name))).toEqual([]);
    expect([...API_ONLY].filter((name) => !enums.includes(name))).toEqual([]);
  });
});
