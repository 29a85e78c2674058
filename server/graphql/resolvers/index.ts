import { Actor } from './Actor.ts';
import { Evidence, Source } from './Evidence.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { Relation, RelationLink } from './Relation.ts';
import { DateScalar, DateTimeScalar } from './scalars.ts';
import { Path, Subgraph, traversalQueries } from './traversal.ts';

export const resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...Query, ...traversalQueries },
  Mutation,
  Subgraph,
  Path,
  Actor,
  Relation,
  RelationLink,
  Evidence,
  Source,
};
