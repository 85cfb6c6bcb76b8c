import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { test } from './fixtures.ts';
import { chooseFiles, exportJson, openEditor } from './editor-helpers.ts';
import { loadTemplate, openChartsTab, trainButton } from './training-helpers.ts';

/** axe-core's WCAG 2.2 A/AA rules on the main screens: no serious or critical violation, none let through. */

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_22_AA)
    // An experimental rule (off by default) for WCAG 2.5.3: a control's name contains its visible text.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((found) => `${violation.id} (${violation.impact}): ${found.target.join(' ')}`),
    );
}

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the first screen', async ({ page }) => {
    await openEditor(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a handle’s "Connect to…" menu, open', async ({ page }) => {
    await openEditor(page);
    await page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: 'Dense', exact: true }).press('Enter');
    await page.getByRole('button', { name: 'Output of act1', exact: true }).press('Enter');
    await expect(page.getByRole('menu', { name: 'Connect act1 to…' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a deep network trained, with its gradient warning', async ({ page }) => {
    await openEditor(page);
    await loadTemplate(page, 'Deep sigmoid (10 × 16 sigmoid)');
    await trainButton(page).click();
    await expect(page.getByRole('region', { name: 'Gradient magnitude' }).getByRole('alert')).toBeVisible({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the comparison with both experiments, and a graph with problems', async ({ page }) => {
    await openEditor(page);
    await openChartsTab(page, 'Comparison');
    await page.getByRole('button', { name: 'Compare sigmoid vs ReLU' }).click();
    await expect(page.getByRole('region', { name: 'Run comparison' }).locator('.metric-chart__line')).toHaveCount(4, { timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);

    const fixes = page.getByRole('region', { name: 'Cures for the vanishing gradient' });
    await fixes.getByRole('button', { name: 'Compare fixes' }).click();
    await expect(fixes.getByText('Gradient vanishes')).toBeVisible({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Function of act2', { exact: true }).selectOption({ label: 'ReLU' });
    await page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: 'Dense', exact: true }).press('Enter');
    await expect(page.getByRole('main', { name: 'Graph editor' }).locator('.status-line')).toContainText('problems');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a half-built graph, with a problem badge’s messages open', async ({ page }) => {
    await openEditor(page);
    await page.getByRole('button', { name: 'New', exact: true }).click();
    for (const kind of ['Input', 'Dense', 'Loss']) {
      await page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: kind, exact: true }).press('Enter');
    }
    await page.getByRole('button', { name: /problems? on dense1$/ }).focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a table’s data: the Data panel with its columns, and the confusion matrix of a run', async ({ page }) => {
    await openEditor(page);
    await loadTemplate(page, 'Penguin species (4-16-3 softmax)');
    await expect(page.getByRole('region', { name: 'Data', exact: true })).toContainText('penguins · 344 rows');
    await trainButton(page).click();
    await expect(page.getByRole('region', { name: 'Confusion matrix table' })).toBeVisible({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a menu, a chart’s options, the share dialog and the import dialog', async ({ page }) => {
    await openEditor(page);
    await page.getByRole('button', { name: 'Export' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Loss options' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Share link' }).click();
    await expect(page.getByRole('dialog', { name: 'Share a link to this graph' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    const saved = await exportJson(page);
    await chooseFiles(page, [{ name: saved.name, content: saved.text }]);
    await expect(page.getByRole('dialog', { name: 'Replace the graph?' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('on a 390×844 phone, with the menu open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openEditor(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Menu' }).click();
  expect(await seriousViolations(page)).toEqual([]);
});
