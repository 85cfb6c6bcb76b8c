import type { WireEnd } from './connectionRefusal.ts';

/**
 * Looks up the elements React Flow draws for our nodes and handles (by the `data-` attributes
 * it gives them), so the keyboard paths can put focus back somewhere sensible.
 */

export function handleElement(end: WireEnd): HTMLElement | null {
  return document.querySelector(
    `.react-flow__handle[data-nodeid="${CSS.escape(end.nodeId)}"][data-handleid="${CSS.escape(end.port ?? '')}"]`,
  );
}

/** Focuses the node `nodeId`, or the canvas itself when there is none, so focus never falls to the page. */
export function focusNodeOrCanvas(nodeId: string | null): void {
  const node = nodeId === null ? null : document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
  (node ?? document.querySelector<HTMLElement>('.canvas .react-flow'))?.focus();
}
