import type { Request } from '../api/load-view.ts';
import type { ActorDetailsPayload, PathPayload, RelationDetailsPayload } from '../api/payloads.ts';
import { ActorDetailsDocument, RelationDetailsDocument } from '../api/generated/operations.ts';
import { formatDate } from '../graph/dates.ts';
import { toEdgeLabel, toTypeLabel } from '../graph/elements.ts';
import { countSignChanges, pairHistory } from '../graph/pair-history.ts';
import { groupEvidenceByStance, groupRelationsByType } from '../graph/evidence.ts';
import { toLoadFilter } from '../graph/filters.ts';
import { isInView } from '../graph/view-model.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { kindStyleOf, POLARITY_STYLES } from '../graph/kind-style.ts';
import { definition, h, replaceContent, safeLink } from './dom.ts';
import { renderAssessment, renderSourcingFlags } from './assessment-view.ts';
import { renderEvidenceCard } from './evidence-card.ts';
import { describePathCount, renderPathList } from './path-list.ts';
import { createAnnotationsSection } from '../workbench/annotations-section.ts';

const ACTOR_RELATIONS_SHOWN = 200;
const STANCE_HEADINGS: Record<string, string> = { ASSERTS: 'Asserts', DENIES: 'Denies', HEDGES: 'Hedges' };

/**
 * The right-hand panel: the open relation's evidence, or the focused actor's details, or a hint.
 * It follows the explorer's state and fetches what it shows.
 */
export function mountDetailsPanel(panel: HTMLElement, explorer: ExplorerCommands, request: Request): void {
  let shown = '';
  let ticket = 0;

  const show = async () => {
    const { relation, focus } = explorer.model.state;
    const paths = explorer.model.state.path ? explorer.model.paths : null;
    const key = relation
      ? `relation:${relation}`
      : focus
        ? `actor:${focus}:${JSON.stringify(toLoadFilter(explorer.model.state))}`
        : paths
          ? `paths:${pathKey(paths)}:${explorer.model.state.pathChain ?? 0}`
          : 'none';
    if (key === shown) return;
    shown = key;
    const mine = ++ticket;
    panel.classList.remove('wide');
    if (!relation && !focus && paths) {
      const first = paths[0];
      replaceContent(
        panel,
        h('p', { class: 'eyebrow' }, 'Paths'),
        h(
          'h2',
          { attrs: { id: 'details-title' } },
          first ? `${first.actors[0]?.name} to ${first.actors[first.actors.length - 1]?.name}` : 'No path',
        ),
        paths.length === 0
          ? h('p', {}, 'No path under the current filters and date. Widen the filters or move the date.')
          : h(
              'p',
              { class: 'muted' },
              `${describePathCount(paths)} of ${first?.length} hop${first?.length === 1 ? '' : 's'}. Choose one to highlight it; select a relation to read all of its evidence.`,
            ),
        renderPathList(paths, explorer),
      );
      return;
    }
    if (!relation && !focus) {
      replaceContent(
        panel,
        h('h2', {}, 'Details'),
        h(
          'p',
          { class: 'hint' },
          'Select an actor or a relation to read its evidence. Double-click an actor to expand its neighbours.',
        ),
      );
      return;
    }
    panel.setAttribute('aria-busy', 'true');
    try {
      if (relation) {
        const answer = await request(RelationDetailsDocument, { id: relation });
        if (mine !== ticket) return;
        if (answer.relation) renderRelation(panel, answer.relation, explorer);
        else replaceContent(panel, h('p', {}, `No relation “${relation}” in the graph.`));
      } else if (focus) {
        const answer = await request(ActorDetailsDocument, {
          id: focus,
          filter: toLoadFilter(explorer.model.state),
          first: ACTOR_RELATIONS_SHOWN,
        });
        if (mine !== ticket) return;
        if (answer.actor) renderActor(panel, answer.actor, explorer);
        else replaceContent(panel, h('p', {}, `No actor “${focus}” in the graph.`));
      }
    } catch (error) {
      if (mine !== ticket) return;
      shown = '';
      replaceContent(panel, h('p', { class: 'error' }, `Could not load the details: ${(error as Error).message}`));
    } finally {
      if (mine === ticket) panel.removeAttribute('aria-busy');
    }
  };

  explorer.subscribe(() => void show());
  void show();
}

function pathKey(paths: readonly PathPayload[]): string {
  return paths.map((path) => path.relations.map((relation) => relation.id).join('>')).join('|');
}

function renderActor(panel: HTMLElement, actor: ActorDetailsPayload, explorer: ExplorerCommands): void {
  const kind = kindStyleOf(actor.kind);
  const inView = isInView(explorer.model, actor.id);
  const expanded = explorer.model.state.expanded.includes(actor.id);
  const groups = groupRelationsByType(actor.id, actor.relations.nodes);
  const button = (label: string, onClick: () => void, disabled = false) =>
    h('button', { attrs: { type: 'button', disabled }, on: { click: onClick } }, label);
  replaceContent(
    panel,
    h('p', { class: 'eyebrow' }, 'Actor'),
    h('h2', { attrs: { id: 'details-title' } }, actor.name),
    h(
      'p',
      { class: 'actor-kind' },
      h('span', { class: 'kind-dot', attrs: { style: `background:${kind.colour}`, 'aria-hidden': 'true' } }),
      kind.label,
      actor.country ? ` · ${actor.country}` : '',
    ),
    actor.description ? h('p', {}, actor.description) : null,
    actor.aliases && actor.aliases.length > 0
      ? h('p', { class: 'aliases' }, h('strong', {}, 'Also known as: '), actor.aliases.join(', '))
      : null,
    actor.wikidata
      ? h(
          'p',
          {},
          'Wikidata: ',
          safeLink(`https://www.wikidata.org/wiki/${encodeURIComponent(actor.wikidata)}`, actor.wikidata),
        )
      : null,
    h(
      'div',
      { class: 'actions', attrs: { role: 'group', 'aria-label': 'Actions on this actor' } },
      button(expanded ? 'Expanded' : 'Expand neighbours', () => explorer.expand(actor.id), expanded),
      button('Collapse', () => explorer.collapse(actor.id), !expanded),
      button('Hide', () => explorer.hide(actor.id), !inView),
      button('Path from here', () =>
        document.dispatchEvent(new CustomEvent('actorgraph:path-end', { detail: { end: 'from', actor } })),
      ),
      button('Path to here', () =>
        document.dispatchEvent(new CustomEvent('actorgraph:path-end', { detail: { end: 'to', actor } })),
      ),
    ),
    h(
      'h3',
      {},
      `Relations (${actor.relations.totalCount}${actor.relations.totalCount !== (actor.degree ?? actor.relations.totalCount) ? ` of ${actor.degree} before filters` : ''})`,
    ),
    actor.relations.totalCount > actor.relations.nodes.length
      ? h('p', { class: 'hint' }, `The ${actor.relations.nodes.length} oldest are listed.`)
      : null,
    ...groups.map((group) =>
      h(
        'section',
        { class: 'relation-group' },
        h('h4', {}, `${toTypeLabel(group.type)} (${group.relations.length})`),
        h(
          'ul',
          { class: 'plain' },
          ...group.relations.map(({ relation, outgoing, other }) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  class: 'link-button',
                  attrs: { type: 'button' },
                  on: { click: () => explorer.selectRelation(relation.id) },
                },
                outgoing ? `→ ${other.name}` : `← ${other.name}`,
              ),
              h(
                'span',
                { class: 'muted' },
                ` · ${relation.polarity.toLowerCase()} · ${formatDate(relation.validFrom, relation.datePrecision)} · ${relation.status.toLowerCase()}`,
              ),
            ),
          ),
        ),
      ),
    ),
    createAnnotationsSection(actor.id),
  );
}

function renderRelation(panel: HTMLElement, relation: RelationDetailsPayload, explorer: ExplorerCommands): void {
  const groups = groupEvidenceByStance(relation.evidence);
  // "Sources disagree" has the server's one meaning (a live denial against a live assertion);
  // other mixes of stances are still set side by side, without the note.
  const disputed = relation.assessment.disputed;
  const sideBySide = groups.length > 1;
  panel.classList.toggle('wide', sideBySide);
  const sourcing = renderSourcingFlags(relation);
  const actorButton = (actor: { id: string; name: string }) =>
    h(
      'button',
      {
        class: 'link-button',
        attrs: { type: 'button' },
        on: { click: () => explorer.focusActor(actor.id, { centre: true }) },
      },
      actor.name,
    );
  const when = relation.isEvent
    ? formatDate(relation.validFrom, relation.datePrecision)
    : `${relation.validFrom ? `from ${formatDate(relation.validFrom, relation.datePrecision)}` : 'since an unknown date'}${relation.validTo ? ` to ${formatDate(relation.validTo, relation.validToPrecision)}` : ', still holding'}`;
  replaceContent(
    panel,
    h('p', { class: 'eyebrow' }, relation.isEvent ? 'Event' : 'Relation'),
    h(
      'h2',
      { attrs: { id: 'details-title' } },
      actorButton(relation.from),
      ` ${toTypeLabel(relation.type)} `,
      actorButton(relation.to),
    ),
    relation.summary ? h('p', {}, relation.summary) : null,
    h(
      'dl',
      { class: 'facts' },
      definition(
        'Polarity',
        `${POLARITY_STYLES[relation.polarity]?.label ?? relation.polarity.toLowerCase()}, intensity ${relation.intensity}`,
      ),
      definition('Class', toTypeLabel(relation.quad)),
      definition(
        'Status',
        h('span', { class: `badge status-${relation.status.toLowerCase()}` }, relation.status.toLowerCase()),
      ),
      definition('Confidence', confidenceMeter(relation.confidence)),
      sourcing ? definition('Sourcing', sourcing) : null,
      definition(
        'Sources',
        `backed by ${relation.independentSources} independent source${relation.independentSources === 1 ? '' : 's'}`,
      ),
      definition('When', relation.dateAsWritten ? `${when} (“${relation.dateAsWritten}”)` : when),
      relation.mode ? definition('Mode', relation.mode) : null,
      relation.location ? definition('Where', relation.location.name) : null,
    ),
    renderAssessment(relation.assessment),
    renderPairHistory(relation, explorer),
    relation.linkedRelations.length > 0
      ? h(
          'section',
          {},
          h('h3', {}, 'Linked relations'),
          h(
            'ul',
            { class: 'plain' },
            ...relation.linkedRelations.map((link) => {
              const other = h(
                'button',
                {
                  class: 'link-button',
                  attrs: { type: 'button' },
                  on: { click: () => explorer.selectRelation(link.relation.id) },
                },
                `${link.relation.from.name} ${toTypeLabel(link.relation.type)} ${link.relation.to.name}`,
              );
              // The link reads in its own direction: "this IN EXCHANGE FOR that", "that CAUSED this".
              return link.direction === 'OUTGOING'
                ? h('li', {}, h('span', { class: 'muted' }, `This, ${toTypeLabel(link.kind)}: `), other)
                : h('li', {}, other, h('span', { class: 'muted' }, ` — ${toTypeLabel(link.kind)} this`));
            }),
          ),
        )
      : null,
    h('h3', {}, `Evidence (${relation.evidence.length})`),
    disputed
      ? h(
          'p',
          { class: 'contested', attrs: { role: 'note' } },
          'Sources disagree: their accounts are set side by side.',
        )
      : null,
    h(
      'div',
      { class: sideBySide ? 'evidence-columns' : 'evidence-list' },
      ...groups.map((group) =>
        h(
          'section',
          { class: 'stance-group', dataset: { stance: group.stance } },
          h('h4', {}, `${STANCE_HEADINGS[group.stance] ?? group.stance} (${group.items.length})`),
          ...group.items.map(renderEvidenceCard),
        ),
      ),
    ),
    createAnnotationsSection(relation.id),
  );
}

/** Every relation in view between the same two actors, by date: how the pair's relation moved. */
function renderPairHistory(relation: RelationDetailsPayload, explorer: ExplorerCommands): HTMLElement | null {
  const history = pairHistory(relation.from.id, relation.to.id, explorer.model.relations);
  if (history.length < 2) return null;
  const flips = countSignChanges(history);
  return h(
    'section',
    { class: 'pair-history' },
    h('h3', {}, `${relation.from.name} and ${relation.to.name} over time`),
    h(
      'p',
      { class: 'muted' },
      `${history.length} relations in view${flips > 0 ? `; the sign flips ${flips} time${flips === 1 ? '' : 's'}` : ''}.`,
    ),
    h(
      'ol',
      { class: 'plain' },
      ...history.map((entry) =>
        h(
          'li',
          { class: entry.id === relation.id ? 'current' : '' },
          h('span', { class: 'muted' }, `${formatDate(entry.validFrom, entry.datePrecision)} · `),
          h(
            'button',
            {
              class: 'link-button',
              attrs: { type: 'button', 'aria-current': entry.id === relation.id ? 'true' : null },
              on: { click: () => explorer.selectRelation(entry.id) },
            },
            `${entry.forward ? relation.from.name : relation.to.name} ${toEdgeLabel(entry)} → ${entry.forward ? relation.to.name : relation.from.name}`,
          ),
        ),
      ),
    ),
  );
}

function confidenceMeter(confidence: number): HTMLElement {
  const percent = Math.round(confidence * 100);
  return h(
    'span',
    { class: 'confidence' },
    h('meter', {
      attrs: {
        min: 0,
        max: 1,
        low: 0.5,
        high: 0.8,
        optimum: 1,
        value: confidence,
        'aria-label': `confidence ${percent}%`,
      },
    }),
    ` ${percent}%`,
  );
}
