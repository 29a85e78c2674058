import { getOperationAST, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { requirePermission } from '../graphql/access.ts';
import type { Context } from '../graphql/context.ts';

/**
 * With ACTORGRAPH_PRIVATE_READS=true a query (introspection included) runs only for a valid
 * token; without it reads are public. Mutations check their own, stricter permission in their
 * resolvers, so they pass through here.
 */
export function usePrivateReads({ enabled }: { enabled: boolean }): Plugin<Record<string, never>, Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (!enabled) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation === 'mutation') return;
      try {
        requirePermission((args.contextValue as unknown as Context).caller, 'read', 'Reading this graph');
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        setResultAndStopExecution({ errors: [error] });
      }
    },
  };
}
