import type { Resolvers } from '../generated/resolvers-types.ts';
import { Actor } from './Actor.ts';
import { analysisQueries, analysisTypes } from './Analysis.ts';
import { Evidence, Source } from './Evidence.ts';
import { extractionMutations, extractionQueries } from './extraction.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Relation, RelationLink } from './Relation.ts';
import { DateScalar, DateTimeScalar } from './scalars.ts';
import { Path, PathHop, Subgraph, traversalQueries } from './traversal.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...Query, ...traversalQueries, ...analysisQueries, ...extractionQueries },
  ...analysisTypes,
  Mutation: { ...Mutation, ...extractionMutations },
  Subgraph,
  Path,
  PathHop,
  Actor,
  Relation,
  RelationLink,
  Evidence,
  Source,
};
