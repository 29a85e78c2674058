import type { Resolvers } from '../generated/resolvers-types.ts';
import { Actor } from './Actor.ts';
import { analysisQueries, analysisTypes } from './Analysis.ts';
import { cypherMutations, cypherQueries } from './Cypher.ts';
import { Evidence, Source } from './Evidence.ts';
import { extractionMutations, extractionQueries } from './extraction.ts';
import { exportQueries } from './Export.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { AssessmentStep, Relation, RelationLink } from './Relation.ts';
import { DateScalar, DateTimeScalar, JSONScalar } from './scalars.ts';
import { Path, PathHop, Subgraph, traversalQueries } from './traversal.ts';
import { workbenchMutations, workbenchQueries } from './workbench.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  JSON: JSONScalar,
  Query: {
    ...Query,
    ...traversalQueries,
    ...analysisQueries,
    ...cypherQueries,
    ...extractionQueries,
    ...workbenchQueries,
    ...exportQueries,
  },
  ...analysisTypes,
  Mutation: { ...Mutation, ...cypherMutations, ...extractionMutations, ...workbenchMutations },
  Subgraph,
  Path,
  PathHop,
  Actor,
  Relation,
  RelationLink,
  AssessmentStep,
  Evidence,
  Source,
};
