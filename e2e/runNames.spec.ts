import { expect, type Page } from '@playwright/test';
import { test } from './fixtures.ts';
import { exportJson, openEditor } from './editor-helpers.ts';
import { dataPanel, openChartsTab, setSetting, trainingControls, trainToEnd } from './training-helpers.ts';

/** Issue 12, problems 4, 5 and 7: runs say what they are, the comparison explains itself, charts end with the run. */

test.beforeEach(async ({ page }) => {
  await openEditor(page);
});

function runList(page: Page) {
  return page.getByRole('region', { name: 'Runs' });
}

/** The colour of each run's swatch in the run list, in order. */
function runColours(page: Page): Promise<string[]> {
  return runList(page).locator('.run-list__item .run-swatch').evaluateAll((swatches) => swatches.map((s) => getComputedStyle(s).backgroundColor));
}

test('each run is named from the graph, the dataset and what changed, in a colour of its own; exports are named from the graph', async ({ page }) => {
  await setSetting(page, 'Epochs', '10');
  await trainToEnd(page, 10);
  await dataPanel(page).getByLabel('Dataset').selectOption({ label: 'Circle' });
  await trainToEnd(page, 10);
  await setSetting(page, 'Learning rate', '0.1');
  await page.getByLabel('Function of act1', { exact: true }).selectOption({ label: 'ReLU' });
  await trainToEnd(page, 10);
  await expect(runList(page).locator('.run-list__name')).toHaveText([
    /^#\d+ xor · XOR$/,
    /^#\d+ xor · Circle$/,
    /^#\d+ xor · Circle · act1 fn=relu · lr 0\.1$/,
  ]);

  await openChartsTab(page, 'Comparison');
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Compare sigmoid vs ReLU' }).click();
  await expect(runList(page).locator('.run-list__item')).toHaveCount(7);
  expect(new Set(await runColours(page)).size).toBe(7);

  const name = page.getByRole('textbox', { name: 'Graph name' });
  await name.fill('my ReLU net');
  await name.press('Enter');
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('menuitem', { name: /^ONNX/ })).toContainText('my_ReLU_net.onnx');
  await page.keyboard.press('Escape');
  const exported = await exportJson(page);
  expect(exported.name).toBe('my_ReLU_net.netloom.json');
  expect(JSON.parse(exported.text).name).toBe('my ReLU net');
  await expect(page.getByRole('status').filter({ hasText: 'Exported my_ReLU_net.netloom.json' })).toBeVisible();
});

test('the comparison has a key on its charts and the shape its fields show, not the graph’s', async ({ page }) => {
  await page.getByRole('button', { name: 'Templates' }).click();
  // Two hidden layers of 16: the comparison must not quietly become 2 × 16.
  await page.getByRole('menuitem', { name: 'Spiral classifier (softmax)' }).click();
  await openChartsTab(page, 'Comparison');
  const experiment = page.getByRole('region', { name: 'The depth experiment' });
  await expect(experiment.getByLabel('Hidden layers')).toHaveValue('10');
  await expect(experiment.getByLabel('Units each')).toHaveValue('16');
  await experiment.getByLabel('Hidden layers').fill('4');
  await experiment.getByLabel('Units each').fill('8');
  await experiment.getByRole('button', { name: 'Compare sigmoid vs ReLU' }).click();

  const comparison = page.getByRole('region', { name: 'Run comparison' });
  await expect(comparison.locator('.metric-chart__line')).toHaveCount(4, { timeout: 30_000 });
  // A key under each chart, names and latest values, and each line named where it ends.
  const keys = comparison.locator('.series-legend');
  await expect(keys).toHaveCount(2);
  for (const key of await keys.all()) {
    // The spiral's three classes do not fit one sigmoid output: the experiment trains on Circle.
    await expect(key.getByRole('listitem')).toHaveText([/^#\d+ Deep sigmoid 4 × 8 · Circle[\d.e-]+$/, /^#\d+ Deep ReLU 4 × 8 · Circle[\d.e-]+$/]);
  }
  await expect(comparison.locator('.metric-chart__end-label')).toHaveText([/#\d+ (sigmoid|ReLU)/, /#\d+ (sigmoid|ReLU)/, /#\d+ (sigmoid|ReLU)/, /#\d+ (sigmoid|ReLU)/]);
});

test('on a short run every series ends where the run ends, and the headline and the key agree', async ({ page }) => {
  await trainToEnd(page, 200);
  const loss = page.getByRole('region', { name: 'Loss' });
  const lines = loss.locator('.metric-chart__line');
  await expect(lines).toHaveCount(4);
  // The x of each line's last point, in pixels.
  const ends = await lines.evaluateAll((paths) => paths.map((path) => Number(/([\d.]+),[\d.]+$/.exec(path.getAttribute('d')!)![1])));
  expect(Math.max(...ends) - Math.min(...ends)).toBeLessThan(1);

  const headline = await trainingControls(page).getByLabel('Test accuracy').textContent();
  const key = await loss.getByRole('listitem').filter({ hasText: 'Test accuracy' }).locator('.series-legend__value').textContent();
  expect(Number.parseFloat(key!)).toBe(Number.parseFloat(headline!));
});
