import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * What a request will cost the database, estimated from the document and its variables before
 * any resolver runs. Fields and depth alone do not measure it: `relations(first: 500)` with 20
 * scalar fields each is one cheap query, while `actors(first: 50) { relations(first: 50) { ... } }`
 * nested three deep asks for 125,000 relations. So the cost counts the objects a request may
 * produce: a field returning one object costs 1 each time it is resolved; a page costs its page
 * size (`first`, or the server's default) and multiplies everything under it; a list without a
 * page costs its assumed size; a traversal costs the actors its depth may reach. Scalars are free.
 */

export interface CostModel {
  /** Page size assumed when a paged field is asked without `first` (the API's default). */
  readonly defaultPageSize: number;
  /** Size assumed for a list that has no page size (relationsAmong, a timeline...). */
  readonly listSize: number;
  /** Sizes known better than that, by `Type.field`: a path has at most 6 hops. */
  readonly listSizes: Readonly<Record<string, number>>;
  /** Fields whose size follows a depth argument: name → [argument, default depth]. */
  readonly traversals: Readonly<Record<string, readonly [argument: string, defaultDepth: number]>>;
  /** Actors one hop of a traversal is assumed to add, per actor; the total is capped by `traversalCap`. */
  readonly branching: number;
  readonly traversalCap: number;
}

export const DEFAULT_COST_MODEL: CostModel = {
  defaultPageSize: 50,
  listSize: 5,
  // Shortest paths: the search returns few paths (at most 50), each of at most 6 hops.
  listSizes: { 'Query.shortestPaths': 10, 'Path.hops': 6, 'Path.relations': 6, 'SignedPath.hops': 6 },
  traversals: { neighborhood: ['depth', 1] },
  branching: 10,
  traversalCap: 1000,
};

/**
 * The size of the lists under a field: a page sizes its connection's `nodes` and `edges`; a
 * traversal sizes every list it returns.
 */
type PageSize = { readonly size: number; readonly of: 'items' | 'every list' } | null;

/** The connection fields under a paged field: they repeat once per item of the page. */
const PAGE_ITEM_FIELDS = new Set(['nodes', 'edges']);

export function estimateCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>> = {},
  model: CostModel = DEFAULT_COST_MODEL,
): number {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;

  const argument = (field: FieldNode, name: string): unknown => {
    const node = field.arguments?.find((arg) => arg.name.value === name);
    return node ? valueFromASTUntyped(node.value, variables) : undefined;
  };

  const selectionCost = (
    type: GraphQLNamedType,
    selectionSet: SelectionSetNode,
    times: number,
    pageSize: PageSize,
    seen: ReadonlySet<string>,
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(type, selection, times, pageSize, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? type) : type;
        total += selectionCost(inner, selection.selectionSet, times, pageSize, seen);
      } else {
        // A fragment that spreads itself is refused by validation; `seen` only keeps this finite.
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue;
        const inner = schema.getType(fragment.typeCondition.name.value) ?? type;
        total += selectionCost(inner, fragment.selectionSet, times, pageSize, new Set([...seen, fragment.name.value]));
      }
    }
    return total;
  };

  const fieldCost = (
    parent: GraphQLNamedType,
    node: FieldNode,
    times: number,
    pageSize: PageSize,
    seen: ReadonlySet<string>,
  ): number => {
    const definition = fieldOf(parent, node.name.value);
    if (!definition || !node.selectionSet) return 0; // scalars, enums and __typename are free
    const named = getNamedType(definition.type);
    const isList = isListType(getNullableType(definition.type));

    let count = times;
    if (pageSize && isList && (pageSize.of === 'every list' || PAGE_ITEM_FIELDS.has(node.name.value))) {
      count = times * pageSize.size;
    } else if (isList) {
      count = times * (model.listSizes[`${parent.name}.${node.name.value}`] ?? model.listSize);
    }

    let childPage: PageSize = null;
    if (definition.args.some((arg) => arg.name === 'first')) {
      childPage = { size: nonNegativeInteger(argument(node, 'first')) ?? model.defaultPageSize, of: 'items' };
    }
    const traversal = model.traversals[node.name.value];
    if (traversal) {
      // The actors a traversal may reach size every list it returns (actors, relations, hops).
      const depth = positiveInteger(argument(node, traversal[0])) ?? traversal[1];
      childPage = { size: Math.min(model.traversalCap, model.branching ** depth), of: 'every list' };
    }
    return count + selectionCost(named, node.selectionSet, count, childPage, seen);
  };

  return selectionCost(root, operation.selectionSet, 1, null, new Set());
}

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(type) || isInterfaceType(type)) return type.getFields()[name];
  if (isUnionType(type)) return undefined; // only __typename or fragments can be asked of a union
  return undefined;
}

function positiveInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

function nonNegativeInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}
