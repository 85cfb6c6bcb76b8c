import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './fixtures.ts';
import { canvasBox, mouseDrag, openEditor, statusLine } from './editor-helpers.ts';
import { trainButton } from './training-helpers.ts';

/**
 * The editor from the keyboard alone (issue 12): no mouse, no clicks, no drags, only Tab,
 * Enter, the arrows, C, Delete and the undo keys, as a person without a pointer works. The
 * last tests check the handles' 24 px targets with the mouse.
 */

/** Presses Tab (Shift + Tab `backwards`) until `target` has focus, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 80 } = {}): Promise<void> {
  await expect(target).toHaveCount(1);
  for (let press = 0; press < limit; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target} did not take focus after ${limit} presses of Tab`);
}

/** The element React Flow draws for a node (the one that takes focus), by the node's id. */
const flowNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const palette = (page: Page, kind: string) => page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: kind, exact: true });
const edge = (page: Page, from: string, to: string) => page.getByRole('group', { name: new RegExp(`^Edge from ${from} to ${to}\\b`) });
const handle = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Where React Flow draws a node, in flow coordinates, from its transform. */
async function positionOf(node: Locator): Promise<{ x: number; y: number }> {
  const transform = await node.evaluate((element) => (element as HTMLElement).style.transform);
  const [, x, y] = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(transform) ?? [];
  return { x: Number(x), y: Number(y) };
}

/** Opens the menu of the focused handle or node, checks its title, then picks `choice` with the arrow keys. */
async function connectWith(page: Page, key: 'Enter' | 'c', title: string, choice: string): Promise<void> {
  await page.keyboard.press(key);
  const menu = page.getByRole('menu', { name: title, exact: true });
  await expect(menu).toBeVisible();
  const item = menu.getByRole('menuitem', { name: choice, exact: true });
  for (let press = 0; press < 10 && !(await item.evaluate((element) => element === document.activeElement)); press++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(item).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
}

test.beforeEach(async ({ page }) => {
  await openEditor(page);
});

test('builds Input → Dense → Activation → Loss on an empty canvas with the keyboard alone, and it compiles', async ({ page }) => {
  await tabTo(page, page.getByRole('button', { name: 'New', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  for (const kind of ['Input', 'Dense', 'Activation', 'Loss']) {
    await tabTo(page, palette(page, kind));
    await page.keyboard.press('Enter');
  }
  await expect(page.locator('.react-flow__node')).toHaveCount(4);

  // "Connect to…" on a focused output handle; only what a drag would accept is offered.
  await tabTo(page, handle(page, 'Output of input1'));
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Connect input1 to…', exact: true });
  await expect(menu.getByRole('menuitem')).toHaveText(['Dense dense1', 'Activation act1', 'Loss loss1']);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(handle(page, 'Output of input1')).toBeFocused();
  await connectWith(page, 'Enter', 'Connect input1 to…', 'Dense dense1');
  await expect(edge(page, 'input1', 'dense1')).toHaveCount(1);
  await expect(handle(page, 'Output of input1')).toBeFocused();

  // C on a focused node: the same menu from its output.
  await tabTo(page, flowNode(page, 'dense1'));
  await connectWith(page, 'c', 'Connect dense1 to…', 'Activation act1');
  await expect(edge(page, 'dense1', 'act1')).toHaveCount(1);

  // Enter on an input handle: "Connect from…".
  await tabTo(page, handle(page, 'Input of loss1'));
  await connectWith(page, 'Enter', 'Connect loss1 from…', 'Activation act1');
  await expect(edge(page, 'act1', 'loss1')).toHaveCount(1);

  // XOR has one target: one unit before the loss.
  await tabTo(page, page.getByLabel('Units of dense1'), { backwards: true });
  await page.keyboard.press('Control+a');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(statusLine(page)).toContainText('Ready');
  await expect(trainButton(page)).toBeEnabled();
  // Undo takes back the units, then the last wire.
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Units of dense1')).toHaveValue('8');
  await page.keyboard.press('Control+z');
  await expect(edge(page, 'act1', 'loss1')).toHaveCount(0);
  await expect(edge(page, 'dense1', 'act1')).toHaveCount(1);
});

test('"Connect from…" on a merge node’s second port wires that port', async ({ page }) => {
  await tabTo(page, palette(page, 'Add'));
  await page.keyboard.press('Enter');
  await tabTo(page, handle(page, 'Input in1 of add1'));
  await connectWith(page, 'Enter', 'Connect in1 of add1 from…', 'Activation act1');
  await expect(edge(page, 'act1', 'add1')).toHaveAccessibleName(/\(port in1\)/);
});

test('arrow keys move the selected node, each press one undo step; in a field they edit the field', async ({ page }) => {
  const dense1 = flowNode(page, 'dense1');
  const start = await positionOf(dense1);
  await tabTo(page, dense1);
  await page.keyboard.press('Enter');
  await expect(dense1).toHaveClass(/\bselected\b/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  const moved = await positionOf(dense1);
  expect(moved.x).toBeGreaterThan(start.x);
  expect(moved.y).toBeGreaterThan(start.y);

  await page.keyboard.press('Control+z');
  await expect.poll(() => positionOf(dense1)).toEqual({ x: moved.x, y: start.y });
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => positionOf(dense1)).toEqual(start);

  const units = page.getByLabel('Units of dense1');
  await tabTo(page, units);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(units).toHaveValue('28');
  expect(await positionOf(dense1)).toEqual(start);
});

test('Delete moves focus to a neighbouring node, and to the canvas once none is left', async ({ page }) => {
  await tabTo(page, flowNode(page, 'act1'));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(flowNode(page, 'act1')).toHaveCount(0);
  // act1 fed dense2: focus goes there, not to the page.
  await expect(flowNode(page, 'dense2')).toBeFocused();

  // Delete on a focused node that is not selected removes that node.
  await expect(flowNode(page, 'dense2')).not.toHaveClass(/\bselected\b/);
  await page.keyboard.press('Delete');
  await expect(flowNode(page, 'dense2')).toHaveCount(0);
  await expect(flowNode(page, 'act2')).toBeFocused();

  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(page.getByRole('application', { name: 'Network graph' })).toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
});

test('a focused wire is drawn thicker in the accent colour, and Delete removes it', async ({ page }) => {
  const wire = edge(page, 'act1', 'dense2');
  await tabTo(page, wire);
  const path = wire.locator('.react-flow__edge-path');
  await expect(path).toHaveCSS('stroke-width', '4px');
  await expect(path).toHaveCSS('stroke', 'rgb(67, 86, 214)');
  await page.keyboard.press('Delete');
  await expect(wire).toHaveCount(0);
  await expect(flowNode(page, 'act1')).toBeFocused();
  await expect(statusLine(page)).toContainText('problem');
});

test('a focused node and handle show a focus ring', async ({ page }) => {
  await tabTo(page, flowNode(page, 'dense1'));
  await expect(flowNode(page, 'dense1')).toHaveAccessibleName('Dense dense1');
  await expect(flowNode(page, 'dense1').locator('.model-node')).toHaveCSS('outline-style', 'solid');
  await expect(flowNode(page, 'dense1')).toHaveAccessibleDescription(/arrow keys to move it .* Press C to connect/);
  await tabTo(page, handle(page, 'Output of dense1'));
  await expect(handle(page, 'Output of dense1')).toHaveCSS('outline-style', 'solid');
});

test('a handle’s target is 24 × 24 px, and a wire starts 10 px from its centre', async ({ page }) => {
  await tabTo(page, edge(page, 'act1', 'dense2'));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(edge(page, 'act1', 'dense2')).toHaveCount(0);

  const output = handle(page, 'Output of act1');
  const box = (await output.boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const target = await output.evaluate((element) => {
    const area = getComputedStyle(element, '::before');
    return { width: parseFloat(area.width), height: parseFloat(area.height) };
  });
  expect(target.width).toBeGreaterThanOrEqual(24);
  expect(target.height).toBeGreaterThanOrEqual(24);

  const input = (await handle(page, 'Input of dense2').boundingBox())!;
  await mouseDrag(page, { x: centre.x + 10, y: centre.y }, { x: input.x + input.width / 2, y: input.y + input.height / 2 });
  await expect(edge(page, 'act1', 'dense2')).toHaveCount(1);
  await expect(statusLine(page)).toContainText('Ready');
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`the "Connect to…" menu opens beside its handle, inside the canvas, at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await tabTo(page, palette(page, 'Dense'));
    await page.keyboard.press('Enter');
    await tabTo(page, handle(page, 'Output of act1'));
    await page.keyboard.press('Enter');
    const menu = page.locator('.connect-menu');
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    const shown = (await menu.boundingBox())!;
    const canvas = await canvasBox(page);
    expect(shown.x).toBeGreaterThanOrEqual(canvas.x);
    expect(shown.x + shown.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(shown.y).toBeGreaterThanOrEqual(canvas.y);
    expect(shown.y + shown.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    // The handle it came from keeps its ring and stays in sight.
    const origin = handle(page, 'Output of act1');
    await expect(origin).toHaveAttribute('aria-expanded', 'true');
    await expect(origin).toHaveCSS('outline-style', 'solid');
    const dot = (await origin.boundingBox())!;
    const covered = dot.x < shown.x + shown.width && shown.x < dot.x + dot.width && dot.y < shown.y + shown.height && shown.y < dot.y + dot.height;
    expect(covered).toBe(false);
    await page.screenshot({ path: `test-results/connect-menu-${viewport.width}x${viewport.height}.png` });
    await page.keyboard.press('Escape');
    await expect(origin).toBeFocused();
    await expect(origin).toHaveAttribute('aria-expanded', 'false');
  });
}

test('the Connect menu keeps its keys: Backspace, Delete or Ctrl+Z there neither deletes nor undoes its node', async ({ page }) => {
  await tabTo(page, palette(page, 'Dense'));
  await page.keyboard.press('Enter');
  await tabTo(page, flowNode(page, 'dense3'));
  await page.keyboard.press('c');
  // Every input of the XOR network is taken: the menu says so and offers Close (no menu items).
  const menu = page.locator('.connect-menu');
  await expect(menu).toContainText('Connect dense3 to…');
  for (const key of ['Backspace', 'Delete', 'Control+z']) await page.keyboard.press(key);
  await expect(flowNode(page, 'dense3')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(handle(page, 'Output of dense3')).toBeFocused();
});
