// The bench page of npm run bench (browser.* figures): the client's own view code (Cytoscape set-up, style,
// element conversion, node placement, fcose layout, time replay) run on a payload the bench
// script hands over, timed in the browser. Built by bench/client.ts, never shipped.
import type { Core } from 'cytoscape';
import type { ActorPayload, RelationPayload } from '../client/src/api/payloads.ts';
import { toEdgeData, toElements } from '../client/src/graph/elements.ts';
import { fromDayNumber, toDayNumber } from '../client/src/graph/dates.ts';
import { computeVisibility } from '../client/src/graph/visibility.ts';
import { applyVisibility } from '../client/src/view/apply-visibility.ts';
import { createGraph } from '../client/src/view/create-graph.ts';
import { runLayout } from '../client/src/view/layouts.ts';
import { placeNewNodes } from '../client/src/view/place-new-nodes.ts';

export interface BenchTimings {
  /** Elements added at provisional places and the first frame painted, before any layout. */
  firstPaintMs: number;
  /** fcose over everything, not animated, as the app runs it on a first draw. */
  layoutMs: number;
  /** From nothing to the laid-out graph on screen: what the app does on a first draw. */
  laidOutPaintMs: number;
  /** Moving the time slider from "all dates" to the bench's date: as-of classes and the frame. */
  replayFrameMs: number;
  /** One step of play after that (a month later), which changes far fewer elements. */
  replayStepMs: number;
  /** Of that step, the time to work out and set the classes, before the frame is painted. */
  replayStepClassesMs: number;
  /** Frames per second while the laid-out graph is panned a little every frame for two seconds. */
  panFps: number;
}

function nextPaint(cy: Core): Promise<void> {
  return new Promise((resolve) => {
    cy.one('render', () => requestAnimationFrame(() => resolve()));
    // Nudge the renderer, in case nothing else marked the frame dirty.
    (cy as unknown as { forceRender(): void }).forceRender();
  });
}

async function runBench(payload: {
  actors: ActorPayload[];
  relations: RelationPayload[];
  asOf: string;
}): Promise<BenchTimings> {
  const container = document.getElementById('graph')!;
  container.replaceChildren();
  const start = performance.now();
  const cy = createGraph(container, 'evidence', {
    webgl: (window as unknown as { BENCH_WEBGL?: boolean }).BENCH_WEBGL === true,
  });
  cy.add(toElements(payload.actors, payload.relations));
  placeNewNodes(
    cy,
    cy.nodes().map((node) => node.id()),
  );
  await nextPaint(cy);
  const firstPaintMs = performance.now() - start;
  const layoutStart = performance.now();
  await runLayout(cy, 'fcose', { incremental: false, root: null, animate: false });
  const layoutMs = performance.now() - layoutStart;
  await nextPaint(cy);
  const laidOutPaintMs = performance.now() - start;
  const relations = payload.relations.map(toEdgeData);
  const replayStart = performance.now();
  applyVisibility(cy, computeVisibility(relations, payload.asOf));
  await nextPaint(cy);
  const replayFrameMs = performance.now() - replayStart;
  const stepStart = performance.now();
  applyVisibility(cy, computeVisibility(relations, fromDayNumber(toDayNumber(payload.asOf) + 31)));
  const replayStepClassesMs = performance.now() - stepStart;
  await nextPaint(cy);
  const replayStepMs = performance.now() - stepStart;
  const panFps = await measurePanFps(cy, 2_000);
  return { firstPaintMs, layoutMs, laidOutPaintMs, replayFrameMs, replayStepMs, replayStepClassesMs, panFps };
}

/**
 * Pans the view by a few pixels in every animation frame, as a drag does, and counts the frames
 * the browser managed: a frame that takes long to draw delays the next one.
 */
function measurePanFps(cy: Core, durationMs: number): Promise<number> {
  return new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const step = () => {
      const elapsed = performance.now() - start;
      if (elapsed >= durationMs) {
        resolve((frames * 1000) / elapsed);
        return;
      }
      frames++;
      cy.panBy({ x: frames % 120 < 60 ? 4 : -4, y: 1 });
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
