import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * graphql-js refuses variables of the wrong type or shape ("Variable "$input" got invalid value
 * ...") before any resolver runs, with no `extensions.code`. Those are the caller's input errors,
 * so they get BAD_USER_INPUT like every other input error of the API. (Parse and validation
 * errors already carry yoga's GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED.)
 */
export function useRequestErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in Object(result)) return;
          const single = result as ExecutionResult;
          // A request error: execution never started, so there is no data at all.
          if ('data' in single || !single.errors) return;
          for (const error of single.errors) {
            const extensions = error.extensions as Record<string, unknown>;
            if (extensions['code'] === undefined) extensions['code'] = 'BAD_USER_INPUT';
          }
        },
      };
    },
  };
}
