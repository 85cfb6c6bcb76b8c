import { expect } from '@playwright/test';
import { test } from './fixtures.ts';
import { loadTemplate, openChartsTab } from './training-helpers.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Screenshots for people to look at (NETLOOM_SHOTS_DIR); not written unless it is set. */
const SHOTS = process.env.NETLOOM_SHOTS_DIR;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('"Compare fixes" on the Deep sigmoid template: five runs overlaid in their own colours, labelled at their ends, each with its gradient ratio and what the fix did', async ({ page }) => {
  await loadTemplate(page, 'Deep sigmoid (10 × 16 sigmoid)');
  await openChartsTab(page, 'Comparison');
  const experiment = page.getByRole('region', { name: 'Cures for the vanishing gradient' });
  await expect(experiment).toContainText('10 hidden layers of 16, sigmoid: the current graph’s.');
  await experiment.getByRole('button', { name: 'Compare fixes' }).click();

  // [the label its lines end with, the run's name, the verdict]
  const expected = [
    ['as is', 'Sigmoid, as is 10 × 16 · Circle', 'Gradient vanishes'],
    ['ReLU + He', 'ReLU + He init 10 × 16 · Circle', 'Restores the gradient'],
    ['LayerNorm', 'Sigmoid + LayerNorm 10 × 16 · Circle', 'Only softens the problem'],
    ['BatchNorm', 'Sigmoid + BatchNorm 10 × 16 · Circle', 'Restores the gradient'],
    ['residual', 'Sigmoid + residual skips 10 × 16 · Circle', 'Restores the gradient'],
  ] as const;
  const runs = experiment.getByRole('listitem');
  await expect(runs).toHaveCount(5);
  // The verdicts open in view, under the button.
  await expect(runs.first()).toBeInViewport();
  for (const [i, [kind, , verdict]] of expected.entries()) {
    const run = runs.nth(i);
    await expect(run).toContainText(new RegExp(`^#\\d+ ${escape(kind)}`));
    // The verdict follows the median of the latest 20 steps; the first steps come within seconds.
    await expect(run).toContainText(verdict, { timeout: 30_000 });
    await expect(run).toContainText(/Gradient ratio \d[\d.e-]*\s*\(at step 1: \d[\d.e-]*\)/);
  }
  // Why a fix works opens under its row, by keyboard too: each row's head is the next stop after the button.
  const why = runs.nth(1).getByText(/^ReLU passes the gradient back unchanged/);
  await expect(why).toBeHidden();
  await experiment.getByRole('button', { name: 'Compare fixes' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(why).toBeVisible();

  const comparison = page.getByRole('region', { name: 'Run comparison' });
  await expect(comparison.locator('.metric-chart__line')).toHaveCount(10, { timeout: 30_000 });
  // Each line named where it ends, as its row above; a key with the full names under each chart.
  const labels = expected.map(([kind]) => new RegExp(`^#\\d+ ${escape(kind)}$`));
  for (const chart of await comparison.getByRole('figure', { name: / of #/ }).all()) {
    await expect(chart.locator('.metric-chart__end-label')).toHaveCount(5);
    for (const label of labels) await expect(chart.locator('.metric-chart__end-label').filter({ hasText: label })).toHaveCount(1);
  }
  for (const key of await comparison.locator('.series-legend').all()) {
    await expect(key.getByRole('listitem')).toHaveText(expected.map(([, name]) => new RegExp(`^#\\d+ ${escape(name)}[\\d.e-]+$`)));
  }
  // Five runs, five colours.
  const colours = await comparison.getByRole('figure', { name: / of #/ }).first().locator('.metric-chart__end-label').evaluateAll((texts) => texts.map((text) => text.getAttribute('fill')));
  expect(new Set(colours).size).toBe(5);

  if (SHOTS) {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      await experiment.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/fixes-${viewport.width}.png` });
      await page.screenshot({ path: `${SHOTS}/fixes-${viewport.width}-full.png`, fullPage: true });
    }
  }
});
