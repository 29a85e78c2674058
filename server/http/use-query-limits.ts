import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { QueryLimits } from '../config.ts';
import type { ErrorCode } from '../domain/error-codes.ts';
import { estimateCost } from './query-cost.ts';

const CODE: ErrorCode = 'QUERY_TOO_COMPLEX';

/**
 * Refuses a request over a limit before any resolver runs, naming the limit: depth, aliases,
 * directives and tokens are checked by GraphQL Armor while the document is parsed and validated;
 * the cost (objects the request may make the database produce, `query-cost.ts`) once its
 * variables are known, just before execution. Field suggestions ("Did you mean ...?") tell an
 * attacker the schema, so they are hidden wherever introspection is.
 */
export function useQueryLimits(limits: QueryLimits, options: { hideSuggestions: boolean }): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { n: limits.maxTokens },
    // Armor's own cost counts fields, not page sizes; ours below replaces it.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: options.hideSuggestions },
  });
  return [...(armor.protect().plugins as Plugin[]), useCostLimit(limits.maxCost), useLimitErrorCode()];
}

function useCostLimit(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = args.document.definitions.find(
        (definition: DefinitionNode) =>
          definition.kind === Kind.OPERATION_DEFINITION &&
          (args.operationName == null || definition.name?.value === args.operationName),
      );
      if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return;
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of args.document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      }
      const cost = estimateCost(args.schema, operation, fragments, args.variableValues ?? {});
      if (cost <= maxCost) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `Query cost limit of ${maxCost} exceeded, found ${cost}: ask for smaller pages (first), ` +
              'shallower neighbourhoods or fewer nested lists.',
            { extensions: { code: CODE, limit: 'cost', max: maxCost, found: cost } },
          ),
        ],
      });
    },
  };
}

/**
 * Armor's refusals come back as parse or validation errors with no code of their own; they get
 * the code a program can act on and the name of the limit, like the cost limit's.
 */
function useLimitErrorCode(): Plugin {
  const LIMITS: readonly [RegExp, string][] = [
    [/Query depth limit of \d+ exceeded/, 'depth'],
    [/Aliases limit of \d+ exceeded/, 'aliases'],
    [/Directives limit of \d+ exceeded/, 'directives'],
    [/Token limit of \d+ exceeded/, 'tokens'],
  ];
  return {
    onResultProcess({ result }) {
      const results = Array.isArray(result) ? result : [result];
      for (const single of results as { errors?: readonly GraphQLError[] }[]) {
        for (const error of single.errors ?? []) {
          const limit = LIMITS.find(([pattern]) => pattern.test(error.message))?.[1];
          if (!limit) continue;
          const extensions = error.extensions as Record<string, unknown>;
          extensions['code'] = CODE;
          extensions['limit'] = limit;
        }
      }
    },
  };
}
