import { expect, test, type Page } from '@playwright/test';
import { CURRENT_VERSION, FORMAT, type ModelNode, type NetloomModel } from '../../src/model/index.ts';
import { LOCAL_AUTOSAVE_KEY } from '../../src/ui/store/autosaveStore.ts';
import { measureFrames } from './editor-frames.ts';

/**
 * How smooth is dragging in a 200-node graph? Opens a 200-node chain (as if autosaved), then
 * drags one node, and then all 200, across the canvas with real mouse moves, and prints
 * requestAnimationFrame intervals and long tasks. Reports figures; asserts no timing.
 */

const NODE_COUNT = 200;
const COLUMNS = 20;

function chainOf200(): NetloomModel {
  const nodes: ModelNode[] = Array.from({ length: NODE_COUNT }, (_, i): ModelNode => {
    const position = { x: (i % COLUMNS) * 180, y: Math.floor(i / COLUMNS) * 130 };
    if (i === 0) return { id: 'input', type: 'input', params: { size: 2 }, position };
    if (i === NODE_COUNT - 1) return { id: 'loss', type: 'loss', params: { fn: 'mse' }, position };
    return i % 2 === 1
      ? { id: `dense${i}`, type: 'dense', params: { units: 8 }, position }
      : { id: `act${i}`, type: 'activation', params: { fn: 'relu' }, position };
  });
  const edges = nodes.slice(1).map((node, i) => ({ source: nodes[i]!.id, target: node.id }));
  return { format: FORMAT, version: CURRENT_VERSION, name: 'chain-200', nodes, edges };
}

const DRAG_STEPS = 120;

/** A drag of DRAG_STEPS pointer moves, one per animation frame, the way a hand drags (~2 s). */
async function dragFrameByFrame(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= DRAG_STEPS; step++) {
    const t = step / DRAG_STEPS;
    await page.mouse.move(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  await page.mouse.up();
}

test('drag across a 200-node graph', async ({ page }) => {
  // Left where earlier versions kept the autosave; the app moves it into IndexedDB on opening.
  await page.addInitScript(([key, text]) => localStorage.setItem(key!, text!), [LOCAL_AUTOSAVE_KEY, JSON.stringify(chainOf200())]);
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(NODE_COUNT);
  await page.waitForTimeout(1000);

  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const header = (await page.getByRole('group', { name: 'Dense dense41', exact: true }).locator('header').boundingBox())!;
  const from = { x: header.x + 10, y: header.y + header.height / 2 };

  const dragOne = await measureFrames(page, () =>
    dragFrameByFrame(page, from, { x: pane.x + pane.width * 0.8, y: pane.y + pane.height * 0.7 }),
  );

  await page.mouse.click(pane.x + 5, pane.y + 5);
  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+a' : 'Control+a');
  const anyHeader = (await page.getByRole('group', { name: 'Dense dense101', exact: true }).locator('header').boundingBox())!;
  const start = { x: anyHeader.x + 10, y: anyHeader.y + 5 };
  const dragAll = await measureFrames(page, () => dragFrameByFrame(page, start, { x: start.x + 200, y: start.y + 120 }));

  console.log(JSON.stringify({ nodes: NODE_COUNT, dragOne, dragAll }, null, 2));
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
});
