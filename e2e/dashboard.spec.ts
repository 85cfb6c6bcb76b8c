import { expect, type Page } from '@playwright/test';
import { test } from './fixtures.ts';
import { loadTemplate, numberIn, openChartsTab, trainingControls } from './training-helpers.ts';

async function train(page: Page): Promise<void> {
  await trainingControls(page).getByRole('button', { name: 'Train', exact: true }).click();
}

function stepsTrained(page: Page): Promise<number> {
  return numberIn(trainingControls(page).getByLabel('Step', { exact: true }));
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('a deep sigmoid network warns of a vanishing gradient on the chart and on its first dense node', async ({ page }) => {
  await loadTemplate(page, 'Deep sigmoid (10 × 16 sigmoid)');
  await train(page);

  const gradients = page.getByRole('region', { name: 'Gradient magnitude' });
  const warning = gradients.getByRole('alert');
  await expect(warning).toContainText('Vanishing gradient', { timeout: 30_000 });
  await expect(warning).toContainText(/The first layer's gradient is [\d,.]+( × 10[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?× smaller than the last's: early layers have stopped learning\./);
  const chart = gradients.getByRole('figure', { name: /Gradient norm of each dense layer/ });
  for (const end of ['first layer', 'last layer']) await expect(chart.getByText(end, { exact: true })).toBeVisible();
  await expect(chart.locator('.metric-chart__step-axis')).toContainText('step');
  // The bars by depth form a staircase down towards the input.
  const bars = gradients.locator('.depth-bars__bar');
  await expect(bars).toHaveCount(11);
  const heights = await bars.evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().height));
  expect(heights[0]).toBeLessThan(heights.at(-1)!);
  await expect(page.getByRole('group', { name: 'Dense dense1', exact: true })).toContainText('Vanishing gradient');
});

test('a deep ReLU network trains without a gradient warning', async ({ page }) => {
  await loadTemplate(page, 'Deep ReLU (10 × 16 ReLU)');
  await train(page);

  // Well past the detector's 20-point window, so a warning would have shown by now.
  await expect.poll(() => stepsTrained(page), { timeout: 30_000 }).toBeGreaterThan(500);
  const gradients = page.getByRole('region', { name: 'Gradient magnitude' });
  await expect(gradients.getByRole('figure', { name: /Gradient norm of each dense layer/ })).toBeVisible();
  await expect(gradients.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Dense dense1', exact: true })).not.toContainText('gradient');
});

test('a diverged run keeps its last good points on the charts', async ({ page }) => {
  await loadTemplate(page, 'Deep ReLU (10 × 16 ReLU)');
  const controls = trainingControls(page);
  await controls.getByLabel('Learning rate').fill('1e6');
  await train(page);
  await expect(controls.getByRole('alert')).toContainText('try a lower learning rate');
  const loss = page.getByRole('region', { name: 'Loss' });
  await expect(loss.getByRole('figure', { name: /Loss and accuracy against training step/ })).toBeVisible();
  // However few steps were good, they are drawn: as a line, or a dot for a single point.
  await expect(loss.locator('.metric-chart__line, .metric-chart__dot').first()).toBeVisible();
});

test('"Compare sigmoid vs ReLU" trains two named runs and overlays them; a run can be removed', async ({ page }) => {
  await openChartsTab(page, 'Comparison');
  await page.getByRole('button', { name: 'Compare sigmoid vs ReLU' }).click();

  const comparison = page.getByRole('region', { name: 'Run comparison' });
  const names = [/^#\d+ Deep sigmoid 10 × 16 · XOR$/, /^#\d+ Deep ReLU 10 × 16 · XOR$/];
  const trainLoss = comparison.getByRole('figure', { name: /^Train loss of #\d+ Deep sigmoid .* and #\d+ Deep ReLU / });
  await expect(trainLoss).toBeVisible({ timeout: 30_000 });
  await expect(comparison.getByRole('figure', { name: /^First-layer gradient norm of / })).toBeVisible();
  // Both runs draw a line in both charts, each keyed by name under the chart.
  await expect(comparison.locator('.metric-chart__line')).toHaveCount(4, { timeout: 30_000 });
  for (const name of names) await expect(comparison.locator('.series-legend__label').filter({ hasText: name })).toHaveCount(2);

  const runs = page.getByRole('region', { name: 'Runs' });
  await runs.getByRole('checkbox', { name: /^Compare run #\d+ Deep ReLU/ }).uncheck();
  await expect(comparison.locator('.series-legend__label').filter({ hasText: names[1]! })).toHaveCount(0);
  await runs.getByRole('button', { name: /^Remove run #\d+ Deep sigmoid/ }).click();
  await expect(runs.getByText(names[0]!)).toHaveCount(0);
  await expect(comparison).toHaveCount(0);
  await expect(runs.getByText(names[1]!)).toBeVisible();
});
