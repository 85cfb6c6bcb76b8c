import { expect, test } from '@playwright/test';
import { loadTemplate } from './training-helpers.ts';

/** Screenshots for people to look at (NETLOOM_SHOTS_DIR); not written unless it is set. */
const SHOTS = process.env.NETLOOM_SHOTS_DIR;

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto('/');
});

test('"Compare fixes" on the Deep sigmoid template: five named runs, overlaid, each with its gradient ratio and what the fix did', async ({ page }) => {
  await loadTemplate(page, 'Deep sigmoid (10 × 16 sigmoid)');
  const experiment = page.getByRole('region', { name: 'Cures for the vanishing gradient' });
  await experiment.getByRole('button', { name: 'Compare fixes' }).click();

  const expected = [
    ['Sigmoid, as is (10 × 16)', 'Gradient vanishes'],
    ['ReLU + He init (10 × 16)', 'Restores the gradient'],
    ['Sigmoid + LayerNorm (10 × 16)', 'Only softens the problem'],
    ['Sigmoid + BatchNorm (10 × 16)', 'Restores the gradient'],
    ['Sigmoid + residual skips (10 × 16)', 'Restores the gradient'],
  ] as const;
  const runs = experiment.getByRole('listitem');
  await expect(runs).toHaveCount(5);
  for (const [i, [name, verdict]] of expected.entries()) {
    const run = runs.nth(i);
    await expect(run).toContainText(name);
    // The verdict follows the median of the latest 20 steps; the first steps come within seconds.
    await expect(run).toContainText(verdict, { timeout: 30_000 });
    await expect(run).toContainText(/Gradient ratio \d[\d.e-]*\s*\(at step 1: \d[\d.e-]*\)/);
  }

  const comparison = page.getByRole('region', { name: 'Run comparison' });
  for (const [name] of expected) await expect(comparison.getByRole('rowheader', { name })).toBeVisible();
  await expect(comparison.locator('.metric-chart__line')).toHaveCount(10, { timeout: 30_000 });

  if (SHOTS) {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      await experiment.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/fixes-${viewport.width}.png` });
      await page.screenshot({ path: `${SHOTS}/fixes-${viewport.width}-full.png`, fullPage: true });
    }
  }
});
