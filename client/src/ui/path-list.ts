import type { PathPayload } from '../api/payloads.ts';
import { formatDate } from '../graph/dates.ts';
import { toEdgeLabel, toTypeLabel } from '../graph/elements.ts';
import { chosenChain, groupPathsByChain, type ChainHop, type PathChain } from '../graph/paths.ts';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { h } from './dom.ts';

/**
 * The paths found, one per chain of actors (parallel relations grouped under their hop, each hop
 * with its sign and weakest confidence). One chain is highlighted at a time: the analyst picks it.
 * Actors and relation types can be avoided, which searches the paths again without them.
 */
export function renderPathList(paths: readonly PathPayload[], explorer: ExplorerCommands): HTMLElement {
  const chains = groupPathsByChain(paths);
  const chosen = chosenChain(chains, explorer.model.state.pathChain);
  const { pathAvoid, pathAvoidTypes } = explorer.model.state;
  return h(
    'div',
    { class: 'path-chains' },
    pathAvoid.length + pathAvoidTypes.length > 0
      ? h(
          'p',
          { class: 'path-avoided' },
          `Avoiding ${[...pathAvoid.map((id) => id), ...pathAvoidTypes.map(toTypeLabel)].join(', ')}. `,
          h(
            'button',
            {
              class: 'link-button',
              attrs: { type: 'button' },
              on: { click: () => explorer.update({ pathAvoid: [], pathAvoidTypes: [], pathChain: null }) },
            },
            'Avoid nothing',
          ),
        )
      : null,
    h('ol', { class: 'paths' }, ...chains.map((chain, index) => renderChain(chain, index, chain === chosen, explorer))),
  );
}

function renderChain(chain: PathChain, index: number, chosen: boolean, explorer: ExplorerCommands): HTMLElement {
  const inner = chain.actors.slice(1, -1);
  return h(
    'li',
    { class: chosen ? 'path chain chosen' : 'path chain', dataset: { chain: chain.key } },
    h(
      'button',
      {
        class: 'chain-choice',
        attrs: { type: 'button', 'aria-pressed': chosen ? 'true' : 'false' },
        on: { click: () => explorer.update({ pathChain: index }) },
      },
      describeChain(chain),
    ),
    h(
      'span',
      { class: 'muted' },
      ` · weakest ${Math.round(chain.weakestConfidence * 100)}%${chain.pathCount > 1 ? ` · ${chain.pathCount} parallel paths` : ''}`,
    ),
    chosen ? h('ol', { class: 'hops' }, ...chain.hops.map((hop) => renderHop(hop, explorer))) : null,
    chosen && inner.length > 0
      ? h(
          'p',
          { class: 'path-avoid' },
          'Avoid: ',
          ...inner.map((actor) =>
            h(
              'button',
              {
                class: 'link-button avoid-actor',
                attrs: { type: 'button' },
                dataset: { actor: actor.id },
                on: {
                  click: () =>
                    explorer.update({ pathAvoid: [...explorer.model.state.pathAvoid, actor.id], pathChain: null }),
                },
              },
              actor.name,
            ),
          ),
        )
      : null,
  );
}

/** "Baloch militants −→ Pakistan ±← (5) United States": each hop with its sign, the way it points and how many relations. */
export function describeChain(chain: PathChain): string {
  return chain.hops.reduce(
    (text, hop) =>
      `${text} ${hop.sign}${hop.arrow}${hop.relations.length > 1 ? ` (${hop.relations.length})` : ''} ${hop.to.name}`,
    chain.actors[0]?.name ?? '',
  );
}

function renderHop(hop: ChainHop, explorer: ExplorerCommands): HTMLElement {
  return h(
    'li',
    { class: 'hop' },
    h(
      'p',
      { class: 'hop-heading' },
      `${hop.from.name} – ${hop.to.name}: ${hop.sign}, weakest ${Math.round(hop.weakestConfidence * 100)}%`,
    ),
    h(
      'ul',
      { class: 'plain hop-relations' },
      ...hop.relations.map((relation) => {
        const forward = relation.from.id === hop.from.id;
        return h(
          'li',
          {},
          h(
            'button',
            {
              class: 'link-button',
              attrs: { type: 'button' },
              on: { click: () => explorer.selectRelation(relation.id) },
            },
            forward
              ? `${hop.from.name} ${toEdgeLabel(relation)} → ${hop.to.name}`
              : `${hop.to.name} ${toEdgeLabel(relation)} → ${hop.from.name}`,
          ),
          h(
            'span',
            { class: 'muted' },
            ` · ${formatDate(relation.validFrom, relation.datePrecision)} · ${relation.status.toLowerCase()} · ${Math.round(relation.confidence * 100)}% `,
          ),
          h(
            'button',
            {
              class: 'link-button avoid-type',
              attrs: { type: 'button', title: `Find paths without ${toTypeLabel(relation.type)} relations` },
              on: {
                click: () =>
                  explorer.update({
                    pathAvoidTypes: [...new Set([...explorer.model.state.pathAvoidTypes, relation.type])],
                    pathChain: null,
                  }),
              },
            },
            `avoid “${toTypeLabel(relation.type)}”`,
          ),
          ...relation.evidence.map((item) =>
            h(
              'blockquote',
              { class: 'hop-quote' },
              item.quote,
              h(
                'footer',
                {},
                `${item.attribution} (${item.source.publisher}, ${formatDate(item.source.published, item.source.publishedPrecision)}; ${item.stance.toLowerCase()})`,
              ),
            ),
          ),
        );
      }),
    ),
  );
}

/** "2 chains of actors (6 shortest paths)": paths counted as the analyst reads them. */
export function describePathCount(paths: readonly PathPayload[]): string {
  const chains = groupPathsByChain(paths).length;
  const chainWords = `${chains} chain${chains === 1 ? '' : 's'} of actors`;
  return chains === paths.length ? chainWords : `${chainWords} (${paths.length} shortest paths)`;
}
