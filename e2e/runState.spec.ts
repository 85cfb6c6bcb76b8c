import { expect } from '@playwright/test';
import { test } from './fixtures.ts';
import { chooseFiles, exportJson, node, openEditor } from './editor-helpers.ts';
import { dataPanel, loadTemplate, setSetting, trainButton, trainingControls, trainToEnd } from './training-helpers.ts';

/** Issue 12, problems 3 and 6: what a run shows belongs to that run; settings apply to the next run. */

test.beforeEach(async ({ page }) => {
  await openEditor(page);
});

test('after every activation of Deep sigmoid becomes ReLU, the old run’s warning goes and its charts say they are stale', async ({ page }) => {
  await loadTemplate(page, 'Deep sigmoid (10 × 16 sigmoid)');
  await trainButton(page).click();
  const gradients = page.getByRole('region', { name: 'Gradient magnitude' });
  await expect(gradients.getByRole('alert')).toContainText('Vanishing gradient', { timeout: 30_000 });
  await expect(node(page, 'Dense', 'dense1')).toContainText('Vanishing gradient');

  for (let i = 1; i <= 10; i++) await page.getByLabel(`Function of act${i}`, { exact: true }).selectOption({ label: 'ReLU' });

  await expect(gradients.getByRole('alert')).toHaveCount(0);
  await expect(node(page, 'Dense', 'dense1')).not.toContainText('Vanishing gradient');
  await expect(page.getByRole('region', { name: 'Charts' })).toContainText('stale: the graph changed after this run');
  await expect(trainingControls(page)).toContainText('Train starts a new run on the edited graph');
});

test('a divergence message does not survive loading a template', async ({ page }) => {
  await setSetting(page, 'Learning rate', '1e6');
  await trainButton(page).click();
  const controls = trainingControls(page);
  await expect(controls.getByRole('alert')).toContainText('try a lower learning rate');
  await loadTemplate(page, 'Spiral classifier (softmax)');
  await expect(node(page, 'Dense', 'dense3')).toBeVisible();
  await expect(controls.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Charts' })).toContainText('No run yet');
});

test('Import asks before replacing the graph: Cancel keeps it; Replace replaces it, and Undo brings it back', async ({ page }) => {
  const xor = await exportJson(page);
  const other = { ...JSON.parse(xor.text), name: 'other' };
  other.nodes[1].params.units = 3;

  await chooseFiles(page, [{ name: 'other.netloom.json', content: JSON.stringify(other) }]);
  const dialog = page.getByRole('dialog', { name: 'Replace the graph?' });
  await expect(dialog).toContainText('replaces “xor”');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Units of dense1')).toHaveValue('8');

  await chooseFiles(page, [{ name: 'other.netloom.json', content: JSON.stringify(other) }]);
  await dialog.getByRole('button', { name: 'Replace graph' }).click();
  await expect(page.getByLabel('Units of dense1')).toHaveValue('3');
  await expect(page.getByRole('status').filter({ hasText: 'Imported other.netloom.json' })).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Units of dense1')).toHaveValue('8');
});

test('the Epochs setting applies to the next Train after a finished run, and to Reset', async ({ page }) => {
  const controls = trainingControls(page);
  await setSetting(page, 'Epochs', '20');
  await trainToEnd(page, 20);
  await setSetting(page, 'Epochs', '50');
  await trainToEnd(page, 50);
  await setSetting(page, 'Epochs', '70');
  await controls.getByRole('button', { name: 'Reset' }).click();
  await expect(controls.getByLabel('Epoch', { exact: true })).toHaveText('0');
  await expect(controls).toContainText('/ 70');
});

test('after the dataset changes, Train starts from the initial weights: the same run as a fresh start on that dataset', async ({ page, browser }) => {
  await setSetting(page, 'Epochs', '30');
  await trainToEnd(page, 30);
  await dataPanel(page).getByLabel('Dataset').selectOption({ label: 'Circle' });
  await expect.soft(trainingControls(page)).toContainText('Train starts a new run from the initial weights (seed 1)');
  await trainToEnd(page, 30);
  const afterXor = await trainingControls(page).locator('.training-progress').textContent();

  const fresh = await (await browser.newContext()).newPage();
  await openEditor(fresh);
  await setSetting(fresh, 'Epochs', '30');
  await dataPanel(fresh).getByLabel('Dataset').selectOption({ label: 'Circle' });
  await trainToEnd(fresh, 30);
  const freshStart = await trainingControls(fresh).locator('.training-progress').textContent();
  // Same loss and test accuracy to the last digit shown (the run number differs: #2 and #1).
  expect(afterXor!.replace(/^#\d+/, '')).toBe(freshStart!.replace(/^#\d+/, ''));
});
