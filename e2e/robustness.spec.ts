import { expect, test } from '@playwright/test';
import { layerStack, parseModelJson, serializeModel } from '../src/model/index.ts';
import { exportJson, importFile, openEditor, statusLine } from './editor-helpers.ts';
import { trainingControls } from './training-helpers.ts';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
  await openEditor(page);
});

test('issue 15 item 1: a regression model at SGD lr 1e20 stops at its second step; export, import and the autosave keep finite weights', async ({ page }) => {
  const regression = layerStack(2, [{ units: 8, fn: 'tanh' }, { units: 1 }], 'mse', {
    name: 'regression at 1e20',
    training: { dataset: 'regression', optimizer: 'sgd', lr: 1e20, batchSize: 10, seed: 1 },
  });
  await importFile(page, 'regression.netloom.json', serializeModel(regression));
  const controls = trainingControls(page);
  await expect(controls.getByLabel('Learning rate')).toHaveValue('1e+20');
  const step = controls.getByRole('button', { name: 'Step', exact: true });
  await step.click();
  await expect(controls.getByLabel('Step', { exact: true })).toHaveText('1');
  await step.click();
  await expect(controls.getByRole('alert')).toHaveText(/^Weights became (NaN|-?Infinity) at step 2 \(epoch 1\) — try a lower learning rate$/);

  const exported = await exportJson(page);
  expect(exported.text).not.toContain('null');
  const loaded = parseModelJson(exported.text);
  expect(loaded.ok).toBe(true);
  const weights = loaded.ok ? loaded.model.weights! : {};
  expect(Object.keys(weights).sort()).toEqual(['dense1', 'dense2']);

  // The autosave holds the same document: after a reload the graph is this one, not the XOR template.
  await expect(statusLine(page)).not.toContainText('Not saved');
  await page.waitForTimeout(1000);
  await page.reload();
  await expect(statusLine(page)).toContainText('Ready');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await exportJson(page)).text).toBe(exported.text);
});
