import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Locator } from '@playwright/test';
import { test } from './fixtures.ts';
import { planTraining, setUpTraining } from '../src/engine/index.ts';
import type { NetloomModel } from '../src/model/index.ts';
import { loadTemplate, numberIn, trainingControls } from './training-helpers.ts';

/** "97.5 %" → 97.5 */
async function percentIn(output: Locator): Promise<number> {
  return Number.parseFloat((await output.textContent()) ?? 'NaN');
}

/** Test accuracy of an exported model, by the CLI's `predict` on the test split of its own dataset and seed. */
function cliTestAccuracy(modelFile: string): number {
  const model = JSON.parse(readFileSync(modelFile, 'utf8')) as NetloomModel;
  const { test } = setUpTraining(model, planTraining(model.training)).dataset;
  const rows = Array.from({ length: test.count }, (_, r) => `${test.x[2 * r]},${test.x[2 * r + 1]}`).join(';');
  // `--input=` keeps a first value like "-0.07,…" from reading as a flag.
  const stdout = execFileSync('npx', ['tsx', 'src/cli/main.ts', 'predict', modelFile, `--input=${rows}`], { encoding: 'utf8' });
  const outputs = (JSON.parse(stdout) as { output: number[][] }).output;
  const correct = outputs.filter(([p], r) => p! >= 0.5 === test.y[r]! >= 0.5).length;
  return correct / test.count;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('XOR trains to ≥ 90 % test accuracy, and the exported weights reproduce it in the CLI', async ({ page }, testInfo) => {
  await loadTemplate(page, 'XOR network (2-8-1 tanh)');
  const controls = trainingControls(page);
  // Many epochs, so the run is still going when Pause is pressed.
  await controls.getByLabel('Epochs').fill('100000');
  // One step first: the loss it shows is the first batch's, on the untrained weights, whatever the machine's speed.
  await controls.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(controls.getByLabel('Step', { exact: true })).toHaveText('1');
  const loss = controls.getByLabel('Loss', { exact: true });
  const firstLoss = await numberIn(loss);
  await controls.getByRole('button', { name: 'Train', exact: true }).click();
  const accuracy = controls.getByLabel('Test accuracy');
  await expect.poll(() => percentIn(accuracy), { timeout: 30_000 }).toBeGreaterThanOrEqual(90);
  await expect.poll(() => numberIn(loss)).toBeLessThan(firstLoss / 2);
  await expect.poll(() => numberIn(controls.getByLabel('Samples per second'))).toBeGreaterThan(0);

  await controls.getByRole('button', { name: 'Pause' }).click();
  await expect(controls.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  const shown = await percentIn(accuracy);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Netloom JSON' }).click();
  const file = testInfo.outputPath('xor.netloom.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as NetloomModel;
  expect(Object.keys(exported.weights ?? {}).sort()).toEqual(['dense1', 'dense2']);
  expect(cliTestAccuracy(file) * 100).toBeCloseTo(shown, 1);
});

for (const template of ['XOR network (2-8-1 tanh)', 'Deep ReLU (10 × 16 ReLU)']) {
  test(`a learning rate of 1e6 ends in the divergence message, not a crash: ${template}`, async ({ page }) => {
    await loadTemplate(page, template);
    const controls = trainingControls(page);
    await controls.getByLabel('Learning rate').fill('1e6');
    await controls.getByRole('button', { name: 'Train', exact: true }).click();
    // The ReLU stack's activations overflow float32 (NaN or Infinity); XOR's tanh layer stays
    // bounded, so its fused loss stays finite and stops at the cross-entropy ceiling (3.61e+6).
    await expect(controls.getByRole('alert')).toHaveText(
      /^Loss became (NaN|Infinity|[\d.]+(e\+\d+)?) at step \d+ \(epoch \d+\) — try a lower learning rate$/,
    );
    await expect(controls.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  });
}

test('a crashed worker is reported and replaced; the graph stays and training goes on', async ({ page }) => {
  const controls = trainingControls(page);
  await controls.getByLabel('Epochs').fill('100000');
  await controls.getByRole('button', { name: 'Train', exact: true }).click();
  const step = controls.getByLabel('Step', { exact: true });
  await expect.poll(() => numberIn(step)).toBeGreaterThan(0);
  const nodes = await page.locator('.react-flow__node').count();

  await page.evaluate(() => window.__netloomTrainingDebug!.breakMainWorker('crash'));
  await expect(controls.getByRole('alert')).toContainText('The training worker crashed');
  await expect(controls.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes);

  await controls.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(controls.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(controls.getByRole('alert')).toHaveCount(0);
  await expect.poll(() => numberIn(step)).toBeGreaterThan(100);
});

test('editing the graph during a run stops it and says why; Train then trains the edited graph', async ({ page }) => {
  const controls = trainingControls(page);
  await controls.getByLabel('Epochs').fill('100000');
  await controls.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(controls.getByRole('button', { name: 'Pause' })).toBeVisible();

  await page.getByLabel('Units of dense1').fill('4');
  await expect(controls.getByRole('button', { name: 'Train', exact: true })).toBeVisible();
  const stopped = controls.getByText(/^The graph changed after this run/);
  await expect(stopped).toBeVisible();
  await controls.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(controls.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(stopped).toHaveCount(0);
});

test('nothing trains from an invalid graph: Train is disabled and says why', async ({ page }) => {
  const controls = trainingControls(page);
  const data = page.getByRole('region', { name: 'Data' });
  // The XOR network has one output; the 3-class spiral needs three.
  await data.getByLabel('Dataset').selectOption({ label: 'Spiral (3 classes)' });
  await expect(controls.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await expect(controls.getByText(/^Fix the graph to train: /)).toBeVisible();
  await data.getByLabel('Dataset').selectOption({ label: 'XOR' });
  await expect(controls.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
});

test('Step trains one batch, Step epoch to the end of the epoch, Reset starts over', async ({ page }) => {
  const controls = trainingControls(page);
  const step = controls.getByLabel('Step', { exact: true });
  const epoch = controls.getByLabel('Epoch', { exact: true });
  await controls.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(step).toHaveText('1');
  await expect(epoch).toHaveText('0');
  await controls.getByRole('button', { name: 'Step epoch' }).click();
  await expect(epoch).toHaveText('1');
  // XOR: 200 training points in batches of 10.
  await expect(step).toHaveText('20');
  await controls.getByRole('button', { name: 'Reset' }).click();
  await expect(step).toHaveText('0');
  await expect(epoch).toHaveText('0');
});
