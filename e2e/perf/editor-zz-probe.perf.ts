import { expect, test } from '@playwright/test';
import { AUTOSAVE_KEY } from '../../src/ui/store/autosave.ts';
import { CURRENT_VERSION, FORMAT, type ModelNode } from '../../src/model/index.ts';

test('probe', async ({ page }) => {
  const nodes: ModelNode[] = Array.from({ length: 200 }, (_, i): ModelNode => {
    const position = { x: (i % 20) * 180, y: Math.floor(i / 20) * 130 };
    if (i === 0) return { id: 'input', type: 'input', params: { size: 2 }, position };
    if (i === 199) return { id: 'loss', type: 'loss', params: { fn: 'mse' }, position };
    return i % 2 === 1 ? { id: `dense${i}`, type: 'dense', params: { units: 8 }, position } : { id: `act${i}`, type: 'activation', params: { fn: 'relu' }, position };
  });
  const edges = nodes.slice(1).map((node, i) => ({ source: nodes[i]!.id, target: node.id }));
  await page.addInitScript(([key, text]) => localStorage.setItem(key!, text!), [AUTOSAVE_KEY, JSON.stringify({ format: FORMAT, version: CURRENT_VERSION, nodes, edges })]);
  await page.goto('/');
  await expect(page.locator('.react-flow__node')).toHaveCount(200);
  await page.waitForTimeout(1000);
  await page.evaluate(() => { (window as any).tasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).tasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask' }); });
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.click(pane.x + 5, pane.y + 5);
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.press('Control+a');
  await page.waitForTimeout(500);
  const h = (await page.getByRole('group', { name: 'Dense dense101', exact: true }).locator('header').boundingBox())!;
  const t1 = await page.evaluate(() => performance.now());
  await page.mouse.move(h.x + 10, h.y + 5);
  await page.mouse.down();
  await page.mouse.move(h.x + 20, h.y + 10, { steps: 2 });
  await page.waitForTimeout(500);
  const t2 = await page.evaluate(() => performance.now());
  await page.mouse.move(h.x + 200, h.y + 120, { steps: 60 });
  await page.waitForTimeout(500);
  const t3 = await page.evaluate(() => performance.now());
  await page.mouse.up();
  await page.waitForTimeout(1000);
  console.log(JSON.stringify({ selectAll: Math.round(t0), dragStart: Math.round(t1), moves: Math.round(t2), up: Math.round(t3), tasks: await page.evaluate(() => (window as any).tasks) }));
});
