/**
 * Chart redraws (and other updates that re-render a big part of the page) wait here and run one
 * per animation frame. Rendering a chart can be split up, but committing it to the page and the
 * recharts store updates that follow cannot; several of those in the same task would add up to
 * a visible stall.
 */
const waiting: (() => void)[] = [];
let frameRequested = false;

function runNext(): void {
  frameRequested = false;
  waiting.shift()?.();
  requestFrame();
}

function requestFrame(): void {
  if (frameRequested || waiting.length === 0) return;
  frameRequested = true;
  requestAnimationFrame(runNext);
}

/** Runs `redraw` in a frame of its own, after the redraws queued before it. Returns the function that cancels it. */
export function queueRedraw(redraw: () => void): () => void {
  waiting.push(redraw);
  requestFrame();
  return () => {
    const index = waiting.indexOf(redraw);
    if (index >= 0) waiting.splice(index, 1);
  };
}
