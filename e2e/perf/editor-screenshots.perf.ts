import { expect, test } from '@playwright/test';
import { dropFromPalette, focusCanvas, importFile, node, openEditor, statusLine, wire } from '../editor-helpers.ts';

/** Screenshots of the editor for people to look at (written to NETLOOM_SHOTS_DIR, default /tmp/shots). */
const SHOTS = process.env.NETLOOM_SHOTS_DIR ?? '/tmp/shots';
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

test('editor screenshots', async ({ page }) => {
  await openEditor(page);
  await page.screenshot({ path: `${SHOTS}/editor-xor-first-visit.png` });

  await focusCanvas(page);
  await page.keyboard.press(`${MOD}+a`);
  await page.keyboard.press('Delete');
  await page.screenshot({ path: `${SHOTS}/editor-empty.png` });

  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const blocks = ['Input', 'Dense', 'Activation', 'Dense', 'Activation', 'Loss'];
  for (const [i, kind] of blocks.entries()) {
    await dropFromPalette(page, kind, { x: pane.x + 80 + i * 125, y: pane.y + pane.height * 0.4 + (i % 2) * 90 });
  }
  for (const [from, to] of [['input1', 'dense1'], ['dense1', 'act1'], ['act1', 'dense2'], ['dense2', 'act2'], ['act2', 'loss1']]) {
    await wire(page, from!, to!);
  }
  await page.getByLabel('Units of dense2').fill('1');
  await page.getByLabel('Function of act1').selectOption({ label: 'Tanh' });
  await page.getByLabel('Function of act2').selectOption({ label: 'Sigmoid' });
  await page.getByLabel('Loss of loss1').selectOption({ label: 'Binary cross-entropy' });
  await page.getByRole('button', { name: 'Tidy layout' }).click();
  await expect(statusLine(page)).toContainText('Ready');
  await node(page, 'Dense', 'dense1').locator('header').click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/editor-xor-built.png` });

  await page.getByLabel('Function of act2').selectOption({ label: 'ReLU' });
  await page.getByLabel('Units of dense1').fill('5000');
  await page.getByLabel('Units of dense1').press('Enter');
  await expect(statusLine(page)).toContainText('problems');
  await page.screenshot({ path: `${SHOTS}/editor-errors.png` });

  await importFile(page, 'broken.json', '{"format":"netloom","version":1,"nodes":[{"id":"d","type":"dense","params":{"units":0}}],"edges":[]}');
  await page.screenshot({ path: `${SHOTS}/editor-import-refused.png` });

  await page.getByRole('button', { name: 'Templates' }).click();
  await page.screenshot({ path: `${SHOTS}/editor-templates-menu.png` });
  await page.getByRole('menuitem', { name: 'Deep sigmoid (10 × 16 sigmoid)' }).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${SHOTS}/editor-deep-sigmoid.png` });
});
