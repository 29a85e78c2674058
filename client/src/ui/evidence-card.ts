import type { EvidencePayload } from '../api/payloads.ts';
import { formatDate } from '../graph/dates.ts';
import { describeGrading } from '../graph/evidence.ts';
import { definition, h, safeLink } from './dom.ts';

const STANCE_WORDS: Record<string, string> = { ASSERTS: 'asserts', DENIES: 'denies', HEDGES: 'hedges' };

/**
 * One source's word on a relation: the verbatim quote first (what the analyst came for), then
 * who says it and where, then how much weight it bears. All text is set as text.
 */
export function renderEvidenceCard(item: EvidencePayload): HTMLElement {
  const source = item.source;
  return h(
    'article',
    { class: `evidence${item.retracted ? ' retracted' : ''}`, dataset: { stance: item.stance, evidenceId: item.id } },
    h('blockquote', { class: 'evidence-quote' }, item.quote),
    h('p', { class: 'evidence-attribution' }, item.attribution),
    h(
      'dl',
      { class: 'evidence-facts' },
      definition('Source', safeLink(source.url, source.title)),
      definition('Publisher', source.publisher),
      definition('Published', formatDate(source.published, source.publishedPrecision ?? null)),
      item.citedSource ? definition('Relayed from', `${item.citedSource.title} (${item.citedSource.publisher})`) : null,
      item.attributedTo ? definition('Attributed to', item.attributedTo.name) : null,
      definition(
        'Stance',
        h(
          'span',
          { class: `badge stance-${item.stance.toLowerCase()}` },
          STANCE_WORDS[item.stance] ?? item.stance.toLowerCase(),
        ),
      ),
      definition(
        'Status',
        h('span', { class: `badge status-${item.status.toLowerCase()}` }, item.status.toLowerCase()),
      ),
      definition(
        'Grading',
        h('span', { class: 'grading', attrs: { title: describeGrading(item.grading) } }, describeGrading(item.grading)),
      ),
      definition('Confidence', `${Math.round(item.confidence * 100)}%`),
      item.anonymous ? definition('Sources', 'unnamed (anonymous)') : null,
      item.note ? definition('Note', item.note) : null,
      item.retracted
        ? definition('Retracted', item.retractedAt ? formatDate(item.retractedAt.slice(0, 10)) : 'yes')
        : null,
    ),
  );
}
