import type { Dependency, Sentence, Token } from './engine/nlp-engine.ts';

/**
 * A sentence's dependency graph with the look-ups the extractor needs: a token's dependents by
 * relation, its governors, and the span of its subtree (for quotes and speaker names).
 */
export interface SentenceGraph {
  readonly sentence: Sentence;
  token(index: number): Token;
  /** Dependents of `index`, optionally only those whose relation matches `relation` (exact, or a prefix ending in ':'). */
  children(index: number, ...relations: string[]): number[];
  /** Incoming edges of `index` (enhanced graphs may give a token several governors). */
  parents(index: number): readonly Dependency[];
  /** First and last token of the basic subtree under `index` (following only tree-like edges). */
  subtreeSpan(index: number): { first: number; last: number };
}

/** Relations that enhanced++ adds beside the tree; following them when spanning a subtree loops or leaps. */
const NON_TREE = new Set(['ref', 'nsubj:xsubj', 'nsubj:pass:xsubj']);

export function createSentenceGraph(sentence: Sentence): SentenceGraph {
  const outgoing = new Map<number, Dependency[]>();
  const incoming = new Map<number, Dependency[]>();
  for (const edge of sentence.dependencies) {
    if (edge.governor >= 0) pushTo(outgoing, edge.governor, edge);
    pushTo(incoming, edge.dependent, edge);
  }
  const matches = (relation: string, wanted: readonly string[]) =>
    wanted.length === 0 || wanted.some((w) => relation === w || (w.endsWith(':') && relation.startsWith(w)));

  return {
    sentence,
    token(index) {
      const token = sentence.tokens[index];
      if (!token) throw new Error(`sentence ${sentence.index} has no token ${index}`);
      return token;
    },
    children(index, ...relations) {
      return (outgoing.get(index) ?? [])
        .filter((edge) => matches(edge.relation, relations))
        .map((edge) => edge.dependent);
    },
    parents(index) {
      return incoming.get(index) ?? [];
    },
    subtreeSpan(index) {
      let first = index;
      let last = index;
      const seen = new Set<number>([index]);
      const stack = [index];
      while (stack.length > 0) {
        const current = stack.pop() as number;
        for (const edge of outgoing.get(current) ?? []) {
          if (NON_TREE.has(edge.relation) || edge.relation.startsWith('conj') || seen.has(edge.dependent)) continue;
          // Enhanced edges can point back up the tree (relative clauses); keep to descendants in the basic sense.
          if (edge.relation === 'nsubj' && edge.dependent < index && isRelativeClauseHead(incoming, current)) continue;
          seen.add(edge.dependent);
          stack.push(edge.dependent);
          first = Math.min(first, edge.dependent);
          last = Math.max(last, edge.dependent);
        }
      }
      return { first, last };
    },
  };
}

function isRelativeClauseHead(incoming: Map<number, Dependency[]>, index: number): boolean {
  return (incoming.get(index) ?? []).some((edge) => edge.relation === 'acl:relcl');
}

function pushTo(map: Map<number, Dependency[]>, key: number, edge: Dependency): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}
