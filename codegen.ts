/**
 * GraphQL Code Generator: types generated from the SDL, so that nothing copies the schema by hand.
 * `npm run codegen` writes every target below; the generated files are committed, and
 * test/unit/codegen.test.ts fails when one of them no longer matches what this config generates.
 * Keep this one exported object with one `generates` entry per target.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types see the objects our resolvers really receive: records read from Neo4j. */
const RECORDS = '../../db/records.ts';
const ANALYSES = '../../analyses';
const TRAVERSAL = '../resolvers/traversal.ts';

const config: CodegenConfig = {
  overwrite: true,
  // A document that does not validate against the schema fails the run instead of being skipped.
  ignoreNoDocuments: false,
  schema: 'server/graphql/schema/*.graphql',
  generates: {
    /** The server: resolver signatures against one Context, parents typed as what the resolvers return. */
    'server/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.ts#Context',
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        // Enums are the strings stored in Neo4j, so a record's `kind` is a value of the enum type.
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        mappers: {
          Actor: `${RECORDS}#ActorRecord`,
          Relation: `${RECORDS}#RelationRecord`,
          Evidence: `${RECORDS}#EvidenceRecord`,
          Source: `${RECORDS}#SourceRecord`,
          RelationLink: `${RECORDS}#LinkRecord`,
          RelationAssessment: '../../domain/confidence.ts#RelationDerivation',
          AssessmentStep: '../../domain/confidence.ts#AssessmentStep as AssessmentStepRecord',
          // The analyses' own result types, where they type an enum as a plain string.
          InfluenceActor: `${ANALYSES}/influence.ts#InfluenceActor as InfluenceActorResult`,
          AnalysisRelation: `${ANALYSES}/analysis-relations.ts#AnalysisRelation as AnalysisRelationResult`,
          AnalysisEvidence: `${ANALYSES}/analysis-relations.ts#AnalysisEvidence as AnalysisEvidenceResult`,
          RelationChange: `${ANALYSES}/changes.ts#RelationChange as RelationChangeResult`,
          EvidenceQualityRelation: `${ANALYSES}/evidence-quality.ts#EvidenceQualityRelation as EvidenceQualityRelationResult`,
          // The console's own results: plain JSON rows, saved analyses as read from their files.
          CypherResult: '../../cypher-console/run-cypher.ts#CypherResult as CypherResultRecord',
          SavedAnalysis: '../../cypher-console/saved-analysis-file.ts#SavedAnalysis as SavedAnalysisRecord',
          // A traversal returns ids; its actors and relations come through the request's loaders.
          Subgraph: `${TRAVERSAL}#SubgraphIds`,
          Path: `${TRAVERSAL}#PathIds`,
          PathHop: `${TRAVERSAL}#HopIds`,
        },
      },
    },
    /**
     * The browser client: its operations live in .graphql files under client/; each becomes a typed
     * document, a string that carries its result and variables types, so `request(OverviewDocument,
     * ...)` checks both at compile time and sends plain text (no GraphQL parser in the bundle).
     * An operation that does not validate against the schema fails the run.
     */
    'client/src/api/generated/operations.ts': {
      documents: ['client/src/**/*.graphql'],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        documentMode: 'string',
        // Only the enums and inputs the operations use, not the whole schema.
        onlyOperationTypes: true,
        // Union types of strings, not TypeScript enums: the payloads stay plain JSON.
        enumsAsTypes: true,
        useTypeImports: true,
        // Date and DateTime travel as ISO strings (see the scalars in schema.graphql).
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
