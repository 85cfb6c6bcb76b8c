import { expect } from '@playwright/test';
import { test } from './fixtures.ts';
import { layerStack, parseModelJson, serializeModel } from '../src/model/index.ts';
import { prototypeNamedChain } from '../src/model/prototypeNames.testkit.ts';
import { exportJson, importFile, openEditor, statusLine } from './editor-helpers.ts';
import { numberIn, trainingControls } from './training-helpers.ts';

test.beforeEach(async ({ page }) => {
  await openEditor(page);
});

test('issue 15 item 1: a regression model at SGD lr 1e20 stops at its second step; export, import and the autosave keep finite weights', async ({ page }) => {
  const regression = layerStack(2, [{ units: 8, fn: 'tanh' }, { units: 1 }], 'mse', {
    name: 'regression',
    training: { dataset: 'regression', optimizer: 'adam', lr: 0.01, batchSize: 10, seed: 1 },
  });
  await importFile(page, 'regression.netloom.json', serializeModel(regression));
  const controls = trainingControls(page);
  await controls.getByLabel('Optimizer').selectOption({ label: 'SGD' });
  await controls.getByLabel('Learning rate').fill('1e20');
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
  expect(JSON.parse((await exportJson(page)).text)).toEqual(JSON.parse(exported.text));
});

for (const fault of ['kill', 'hang'] as const) {
  test(`issue 15 item 16: a worker that ${fault === 'kill' ? 'dies without an error event' : 'hangs'} is noticed by the heartbeat and replaced`, async ({ page }) => {
    // The heartbeat gives a silent worker 30 s.
    test.setTimeout(90_000);
    const controls = trainingControls(page);
    await controls.getByLabel('Epochs').fill('100000');
    await controls.getByRole('button', { name: 'Train', exact: true }).click();
    const step = controls.getByLabel('Step', { exact: true });
    await expect.poll(() => numberIn(step)).toBeGreaterThan(0);

    await page.evaluate((how) => window.__netloomTrainingDebug!.breakMainWorker(how), fault);
    await expect(controls.getByRole('alert')).toContainText(/The training worker crashed \(it stopped answering for 3\d s\)/, { timeout: 45_000 });
    await expect(controls.getByRole('button', { name: 'Train', exact: true })).toBeVisible();

    await controls.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(controls.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(controls.getByRole('alert')).toHaveCount(0);
    await expect.poll(() => numberIn(step)).toBeGreaterThan(100);
  });
}

test('issue 15 item 8: 25,000 copies of one wire open as one drawn wire with one problem, and Delete removes them all', async ({ page }) => {
  const model = layerStack(2, [{ units: 8, fn: 'tanh' }, { units: 1, fn: 'sigmoid' }], 'binary_cross_entropy', { name: 'many wires' });
  for (let i = 0; i < 25_000; i++) model.edges.push({ source: 'input', target: 'dense1' });
  await importFile(page, 'many-wires.netloom.json', serializeModel(model));
  await expect(statusLine(page)).toContainText('1 problem');
  await expect(statusLine(page)).toContainText('the wire from "input" to Dense node "dense1" is there 25,001 times');
  await expect(page.locator('.react-flow__edge')).toHaveCount(5);

  const copies = page.getByRole('group', { name: 'Edge from input to dense1, width 2, 25,001 copies of this wire' });
  await copies.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await expect(statusLine(page)).toContainText('Loss node "loss" receives nothing from the input');
});

test('issue 15 item 5: a graph whose ids are names of Object.prototype imports, trains in the worker, exports and comes back', async ({ page }) => {
  await importFile(page, 'prototype-names.netloom.json', JSON.stringify(prototypeNamedChain()));
  await expect(statusLine(page)).toContainText('Ready');
  for (const id of ['__proto__', 'constructor', 'toString']) await expect(page.getByRole('group', { name: new RegExp(` ${id}$`) })).toBeVisible();
  const controls = trainingControls(page);
  await controls.getByRole('button', { name: 'Step epoch' }).click();
  await expect(controls.getByLabel('Epoch', { exact: true })).toHaveText('1');

  const exported = await exportJson(page);
  const saved = JSON.parse(exported.text);
  expect(Object.keys(saved.weights)).toEqual(['__proto__', 'constructor']);
  expect(saved.weights.__proto__).not.toEqual((prototypeNamedChain() as { weights: Record<string, unknown> }).weights.__proto__);
  await page.waitForTimeout(1000);
  await page.reload();
  await expect(statusLine(page)).toContainText('Ready');
  expect(JSON.parse((await exportJson(page)).text)).toEqual(saved);
});

test('issue 15 item 7: an input of 10⁹ features is refused in the editor with the numbers, and Train is off', async ({ page }) => {
  await page.getByLabel('Size of input').fill('1000000000');
  await expect(statusLine(page)).toContainText('the network has 8,000,000,017 parameters, over the 7,000,000 Netloom can train');
  const controls = trainingControls(page);
  await expect(controls.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
});
