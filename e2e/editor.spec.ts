import { expect, test } from '@playwright/test';
import {
  canvasBox,
  chooseFiles,
  confirmReplace,
  dropFileOnCanvas,
  dropFromPalette,
  exportJson,
  focusCanvas,
  importFile,
  mouseDrag,
  node,
  openEditor,
  statusLine,
  wire,
} from './editor-helpers.ts';

const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

test('a first visit opens on the XOR network, valid and ready', async ({ page }) => {
  await openEditor(page);
  await expect(statusLine(page)).toContainText('33 parameters');
  await expect(node(page, 'Dense', 'dense1')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Palette' })).toContainText('Drag a block onto the canvas');
});

test('builds the XOR network by dragging from the palette and wiring handles', async ({ page }) => {
  await openEditor(page);
  await focusCanvas(page);
  await page.keyboard.press(`${MOD}+a`);
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(page.getByText('Drag blocks from the palette here')).toBeVisible();

  const box = await canvasBox(page);
  const spots = [0.15, 0.5, 0.85].flatMap((x) => [0.25, 0.62].map((y) => ({ x: box.x + box.width * x, y: box.y + box.height * y })));
  // Column by column: input over dense1, act1 over dense2, act2 over loss.
  const blocks = ['Input', 'Dense', 'Activation', 'Dense', 'Activation', 'Loss'];
  for (const [i, kind] of blocks.entries()) await dropFromPalette(page, kind, spots[i]!);
  await expect(page.locator('.react-flow__node')).toHaveCount(6);

  // The dropped node lands under the pointer.
  const inputBox = (await node(page, 'Input', 'input1').boundingBox())!;
  expect(Math.abs(inputBox.x + inputBox.width / 2 - spots[0]!.x)).toBeLessThan(inputBox.width / 2);

  for (const [from, to] of [['input1', 'dense1'], ['dense1', 'act1'], ['act1', 'dense2'], ['dense2', 'act2'], ['act2', 'loss1']]) {
    await wire(page, from!, to!);
  }
  await expect(page.locator('.react-flow__edge')).toHaveCount(5);

  await page.getByLabel('Units of dense2').fill('1');
  await page.getByLabel('Function of act1').selectOption({ label: 'Tanh' });
  await page.getByLabel('Function of act2').selectOption({ label: 'Sigmoid' });
  await page.getByLabel('Loss of loss1').selectOption({ label: 'Binary cross-entropy' });

  await expect(statusLine(page)).toContainText('Ready');
  await expect(statusLine(page)).toContainText('33 parameters');
  await expect(page.getByLabel('dense1 to act1, width 8')).toBeVisible();
  await expect(page.getByLabel('act2 to loss1, width 1')).toBeVisible();
});

test('refuses a wire that would make a loop, and says why', async ({ page }) => {
  await openEditor(page);
  const box = await canvasBox(page);
  await dropFromPalette(page, 'Dense', { x: box.x + box.width * 0.3, y: box.y + box.height * 0.8 });
  await dropFromPalette(page, 'Activation', { x: box.x + box.width * 0.6, y: box.y + box.height * 0.8 });
  await wire(page, 'dense3', 'act3');
  await expect(page.locator('.react-flow__edge')).toHaveCount(6);

  await wire(page, 'act3', 'dense3', { release: false });
  await expect(page.getByRole('status').filter({ hasText: 'Can’t connect' })).toContainText('would make a loop');
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(6);
  await expect(page.getByText('Can’t connect: this wire would make a loop')).toBeVisible();
});

test('shows an error on the node it concerns; undo and redo move between the states', async ({ page }) => {
  await openEditor(page);
  await page.getByLabel('Function of act2').selectOption({ label: 'ReLU' });

  const loss = node(page, 'Loss', 'loss');
  await expect(loss).toContainText('needs probabilities between 0 and 1');
  await expect(loss.locator('.model-node')).toHaveClass(/model-node--invalid/);
  await expect(node(page, 'Dense', 'dense1').locator('.model-node')).not.toHaveClass(/model-node--invalid/);
  await expect(statusLine(page)).toContainText('1 problem');

  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(statusLine(page)).toContainText('Ready');
  await expect(page.getByLabel('Function of act2')).toHaveValue('sigmoid');

  await focusCanvas(page);
  await page.keyboard.press(`${MOD}+Shift+z`);
  await expect(statusLine(page)).toContainText('1 problem');
  await page.keyboard.press(`${MOD}+z`);
  await expect(statusLine(page)).toContainText('Ready');
});

test('exports JSON and imports the downloaded file back to the same document', async ({ page }) => {
  await openEditor(page);
  await page.getByLabel('Units of dense1').fill('12');
  await page.getByLabel('Units of dense1').press('Enter');
  const before = JSON.parse((await exportJson(page)).text);
  const dense2 = (await node(page, 'Dense', 'dense2').locator('header').boundingBox())!;
  await mouseDrag(page, { x: dense2.x + 20, y: dense2.y + 8 }, { x: dense2.x + 60, y: dense2.y + 100 });

  const exported = await exportJson(page);
  expect(exported.name).toBe('xor.netloom.json');
  const saved = JSON.parse(exported.text);
  expect(saved.nodes[1].params.units).toBe(12);
  // The drag moved dense2 down, and the file keeps that position.
  expect(saved.nodes[3].id).toBe('dense2');
  expect(saved.nodes[3].position.y).toBeGreaterThan(before.nodes[3].position.y + 50);

  await page.getByRole('button', { name: 'Templates' }).click();
  await page.getByRole('menuitem', { name: 'Deep ReLU (10 × 16 ReLU)' }).click();
  await expect(node(page, 'Dense', 'dense10')).toBeVisible();

  await importFile(page, exported.name, exported.text);
  await expect(node(page, 'Dense', 'dense10')).toHaveCount(0);
  expect((await exportJson(page)).text).toBe(exported.text);
});

test('a file dropped on the canvas replaces the graph, and Undo brings the old one back', async ({ page }) => {
  await openEditor(page);
  const xor = await exportJson(page);
  const renamed = { ...JSON.parse(xor.text), name: 'dropped' };
  renamed.nodes[1].params.units = 3;

  await dropFileOnCanvas(page, 'dropped.netloom.json', JSON.stringify(renamed));
  await confirmReplace(page);
  await expect(page.getByLabel('Units of dense1')).toHaveValue('3');
  expect(JSON.parse((await exportJson(page)).text)).toEqual(renamed);

  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  expect((await exportJson(page)).text).toBe(xor.text);
});

test('a broken file shows what is wrong and where, and leaves the graph unchanged', async ({ page }) => {
  await openEditor(page);
  const before = await exportJson(page);
  const broken = JSON.parse(before.text);
  broken.nodes[1].params.units = -3;

  await chooseFiles(page, [{ name: 'broken.json', content: JSON.stringify(broken) }]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not import broken.json; the graph is unchanged.');
  await expect(alert).toContainText('nodes[1].params.units: expected a positive integer (node dense1)');

  await chooseFiles(page, [{ name: 'notes.json', content: '{ "format": "netloom", oops }' }]);
  await expect(alert).toContainText('not valid JSON');
  await expect(alert).toContainText('line 1');

  expect((await exportJson(page)).text).toBe(before.text);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
});

test('the graph is saved in the browser and comes back after a reload', async ({ page }) => {
  await openEditor(page);
  await page.getByLabel('Units of dense1').fill('5');
  await page.getByRole('button', { name: 'Activation', exact: true }).press('Enter');
  await expect(node(page, 'Activation', 'act3')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Units of dense1')).toHaveValue('5');
  await expect(node(page, 'Activation', 'act3')).toBeVisible();
  await expect(statusLine(page)).toContainText('1 problem');
});

test('copy and paste duplicates the selection', async ({ page }) => {
  await openEditor(page);
  await node(page, 'Dense', 'dense1').locator('header').click();
  await page.keyboard.press(`${MOD}+c`);
  await page.keyboard.press(`${MOD}+v`);
  await expect(node(page, 'Dense', 'dense3')).toBeVisible();
  await expect(page.getByLabel('Units of dense3')).toHaveValue('8');
});
