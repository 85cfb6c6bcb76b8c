import { expect } from '@playwright/test';
import { test } from './fixtures.ts';
import { canvasBox, dropFromPalette, node, openEditor, statusLine, wire } from './editor-helpers.ts';
import { numberIn, trainingControls } from './training-helpers.ts';

test('a branch and a merge built with real drags train, and both branches show on the gradient chart', async ({ page }) => {
  await openEditor(page);
  // XOR: input → dense1 → act1 → dense2 → act2 → loss. Cut act1 → dense2 to make room for a merge.
  await page.getByRole('group', { name: 'Edge from act1 to dense2, width 8' }).click();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);

  const box = await canvasBox(page);
  await dropFromPalette(page, 'Dense', { x: box.x + box.width * 0.3, y: box.y + box.height * 0.8 });
  await dropFromPalette(page, 'Concatenate', { x: box.x + box.width * 0.62, y: box.y + box.height * 0.8 });
  await expect(node(page, 'Concatenate', 'concat1')).toBeVisible();

  // A second branch from the input (fan-out), and both branches into the merge's two ports.
  await wire(page, 'input', 'dense3');
  await wire(page, 'act1', 'concat1', { port: 'in0' });
  await wire(page, 'dense3', 'concat1', { port: 'in1' });
  await wire(page, 'concat1', 'dense2');

  await expect(statusLine(page)).toContainText('Ready');
  // dense1 2·8 + 8, dense3 2·8 + 8, dense2 16·1 + 1
  await expect(statusLine(page)).toContainText('65 parameters');
  await expect(page.getByLabel('act1 to concat1 (port in0), width 8')).toBeVisible();
  await expect(page.getByLabel('dense3 to concat1 (port in1), width 8')).toBeVisible();
  await expect(page.getByLabel('concat1 to dense2, width 16')).toBeVisible();

  const controls = trainingControls(page);
  await controls.getByRole('button', { name: 'Step epoch' }).click();
  await expect.poll(() => numberIn(controls.getByLabel('Step', { exact: true }))).toBeGreaterThan(0);
  const bars = page.getByRole('region', { name: 'Gradient magnitude' }).locator('.depth-bars__bar');
  await expect(bars).toHaveCount(3);
  // Layers by depth: the two branches' first layers, then the layer after the merge.
  await expect(page.getByRole('figure', { name: /Latest gradient norm of each dense layer/ })).toHaveAccessibleName(
    /first to last: dense1 [\d.e+-]+, dense3 [\d.e+-]+, dense2 [\d.e+-]+$/,
  );
});

test('a second wire into a one-input node is refused while dragging, with the way to join branches', async ({ page }) => {
  await openEditor(page);
  const box = await canvasBox(page);
  await dropFromPalette(page, 'Dense', { x: box.x + box.width * 0.4, y: box.y + box.height * 0.8 });
  await wire(page, 'dense3', 'dense2', { release: false });
  await expect(page.getByRole('status').filter({ hasText: 'Can’t connect' })).toContainText(
    'Dense node "dense2" already has an input (from "act1"); join branches with an Add or Concatenate node',
  );
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(5);
});
