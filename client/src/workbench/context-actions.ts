import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { ExplorerCommands } from '../explorer/commands.ts';
import { toTypeLabel } from '../graph/elements.ts';
import { focusNoteForm } from './annotations-section.ts';
import type { CommandStack } from './command-stack.ts';
import { ContextMenu, type MenuItem } from './context-menu.ts';
import { togglePins } from './selection-edits.ts';

/** How long "Annotate" waits for the details panel to show the notes of what it selected. */
const NOTE_FORM_WAIT_MS = 5_000;

export interface ContextActions {
  readonly explorer: ExplorerCommands;
  readonly stack: CommandStack;
  openSavedViews(): void;
}

/**
 * The right-click menu of the graph, for an actor, a relation or the background, and the same
 * menu from the keyboard: Shift+F10 or the ContextMenu key opens it on the selected actor or
 * relation (or the background when nothing is selected) while the graph has the focus.
 */
export function wireContextMenu(cy: Core, actions: ContextActions): ContextMenu {
  const menu = new ContextMenu();
  const container = cy.container();
  const at = (rendered: { x: number; y: number }) => {
    const box = container?.getBoundingClientRect();
    return { x: (box?.left ?? 0) + rendered.x, y: (box?.top ?? 0) + rendered.y };
  };
  const openFor = (target: NodeSingular | EdgeSingular | null, rendered: { x: number; y: number }) => {
    const { x, y } = at(rendered);
    if (target?.isNode()) menu.open(`Actions on ${target.data('label')}`, actorItems(target, actions), x, y);
    else if (target?.isEdge())
      menu.open(
        `Actions on the relation ${toTypeLabel(String(target.data('type')))}`,
        relationItems(target, actions),
        x,
        y,
      );
    else menu.open('Actions on the graph', backgroundItems(cy, actions), x, y);
  };

  cy.on('cxttap', (event) => {
    const target = event.target === cy ? null : (event.target as NodeSingular | EdgeSingular);
    openFor(target, event.renderedPosition);
  });
  container?.addEventListener('keydown', (event) => {
    if (!(event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))) return;
    event.preventDefault();
    const { relation, focus } = actions.explorer.model.state;
    const selected = cy.getElementById(relation ?? focus ?? '');
    if (selected.nonempty() && selected.visible()) {
      const rendered = selected.isNode() ? selected.renderedPosition() : (selected as EdgeSingular).renderedMidpoint();
      openFor(selected as NodeSingular | EdgeSingular, rendered);
    } else {
      openFor(null, { x: cy.width() / 2, y: cy.height() / 2 });
    }
  });
  return menu;
}

function actorItems(node: NodeSingular, { explorer }: ContextActions): MenuItem[] {
  const id = node.id();
  const { state } = explorer.model;
  const pinned = state.locked.includes(id);
  return [
    { label: 'Details', run: () => explorer.focusActor(id, { centre: true }) },
    {
      label: 'Expand neighbours',
      run: () => explorer.expand(id),
      disabled: state.expanded.includes(id),
    },
    { label: 'Hide', run: () => explorer.hide(id) },
    {
      label: pinned ? 'Unpin' : 'Pin in place',
      run: () => explorer.update(togglePins(explorer.model.state, [id]), { history: 'push' }),
    },
    {
      label: 'Annotate…',
      run: () => {
        explorer.focusActor(id);
        void openNoteForm(id);
      },
    },
    {
      label: 'Find paths from here',
      run: () =>
        document.dispatchEvent(
          new CustomEvent('actorgraph:path-end', {
            detail: {
              end: 'from',
              actor: {
                id,
                name: String(node.data('label')),
                kind: node.data('kind'),
                country: node.data('country') ?? null,
                aliases: node.data('aliases') ?? [],
                degree: node.data('degree') ?? null,
              },
            },
          }),
        ),
    },
  ];
}

function relationItems(edge: EdgeSingular, { explorer }: ContextActions): MenuItem[] {
  const id = edge.id();
  return [
    { label: 'Details and evidence', run: () => explorer.selectRelation(id) },
    {
      label: 'Annotate…',
      run: () => {
        explorer.selectRelation(id);
        void openNoteForm(id);
      },
    },
    {
      label: `Go to ${edge.source().data('label')}`,
      run: () => explorer.focusActor(edge.source().id(), { centre: true }),
    },
    {
      label: `Go to ${edge.target().data('label')}`,
      run: () => explorer.focusActor(edge.target().id(), { centre: true }),
    },
  ];
}

function backgroundItems(cy: Core, { explorer, stack, openSavedViews }: ContextActions): MenuItem[] {
  const hidden = explorer.model.state.hidden.length;
  return [
    { label: 'Fit the graph', run: () => explorer.fit() },
    { label: `Show hidden actors (${hidden})`, run: () => explorer.showHidden(), disabled: hidden === 0 },
    {
      label: stack.undoLabel ? `Undo ${stack.undoLabel}` : 'Undo',
      run: () => stack.undo(),
      disabled: !stack.canUndo,
    },
    {
      label: stack.redoLabel ? `Redo ${stack.redoLabel}` : 'Redo',
      run: () => stack.redo(),
      disabled: !stack.canRedo,
    },
    { label: 'Saved views…', run: openSavedViews },
    { label: 'Clear the selection', run: () => (cy.elements().unselect(), explorer.clearSelection()) },
  ];
}

/** Waits for the details panel to show the notes of the target, then opens their form. */
async function openNoteForm(targetId: string): Promise<void> {
  const deadline = performance.now() + NOTE_FORM_WAIT_MS;
  while (performance.now() < deadline) {
    if (focusNoteForm(targetId)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
