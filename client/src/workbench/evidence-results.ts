import { SearchEvidenceDocument } from '../api/generated/operations.ts';
import type { Request } from '../api/load-view.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { formatDate } from '../graph/dates.ts';
import { toTypeLabel } from '../graph/elements.ts';
import type { ResultGroup } from '../ui/search-box.ts';

const PER_GROUP = 5;
/** Characters of a quote shown around the word that matched. */
const SNIPPET = 90;

/**
 * The part of a long text around the first word of the query it contains (compared without
 * case or accents), with an ellipsis where it was cut; the start when no word is found (a match
 * by prefix or typo).
 */
export function snippetAround(text: string, query: string, length = SNIPPET): string {
  if (text.length <= length) return text;
  const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const folded = fold(text);
  const hit = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1)
    .map((word) => folded.indexOf(word))
    .filter((index) => index >= 0)
    .sort((a, b) => a - b)[0];
  const start = hit === undefined ? 0 : Math.max(0, Math.min(hit - Math.floor(length / 3), text.length - length));
  const end = start + length;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/**
 * Search results beyond actors, for the search box: quotes (choosing one opens the relation it
 * backs), relations by their summary, and sources (choosing one filters the view to it).
 */
export function evidenceResults(
  request: Request,
  explorer: ExplorerCommands,
): (query: string) => Promise<ResultGroup[]> {
  return async (query) => {
    const { searchEvidence } = await request(SearchEvidenceDocument, { text: query, first: PER_GROUP });
    const claim = (relation: { type: string; from: { name: string }; to: { name: string } }) =>
      `${relation.from.name} ${toTypeLabel(relation.type)} ${relation.to.name}`;
    return [
      {
        label: 'Quotes',
        items: searchEvidence.quotes.map(({ evidence }) => ({
          kind: 'quote',
          text: `“${snippetAround(evidence.quote, query)}”`,
          meta: `${claim(evidence.relation)} · ${evidence.source.publisher}`,
          choose: () => explorer.selectRelation(evidence.relation.id),
        })),
      },
      {
        label: 'Relations',
        items: searchEvidence.relations.map((relation) => ({
          kind: 'relation',
          text: claim(relation),
          meta: snippetAround(relation.summary ?? '', query, 60),
          choose: () => explorer.selectRelation(relation.id),
        })),
      },
      {
        label: 'Sources',
        items: searchEvidence.sources.map((source) => ({
          kind: 'source',
          text: source.title,
          meta: `${source.publisher} · ${formatDate(source.published, source.publishedPrecision)} · ${source.evidenceCount} quote${source.evidenceCount === 1 ? '' : 's'}; show only what it says`,
          choose: () => explorer.update({ sourceIds: [source.id] }, { history: 'push' }),
        })),
      },
    ];
  };
}
