import { expect, type Locator, type Page } from '@playwright/test';

/** Helpers shared by the training and dashboard e2e tests. */

/** Opens the Templates menu and loads the template with this label. */
export async function loadTemplate(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'Templates' }).click();
  await page.getByRole('menuitem', { name: label }).click();
}

export function trainingControls(page: Page): Locator {
  return page.getByRole('region', { name: 'Training controls' });
}

/** The Data panel: the dataset list, a table's file and columns. */
export function dataPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Data', exact: true });
}

/** A number shown with thousands separators, e.g. "1,300" → 1300. */
export async function numberIn(output: Locator): Promise<number> {
  return Number(((await output.textContent()) ?? 'NaN').replaceAll(',', ''));
}

export function trainButton(page: Page): Locator {
  return trainingControls(page).getByRole('button', { name: 'Train', exact: true });
}

/** Presses Train and waits until the run has reached its epochs ("Epoch 20 / 20") and stopped. */
export async function trainToEnd(page: Page, epochs: number): Promise<void> {
  const controls = trainingControls(page);
  const progress = controls.locator('.training-progress');
  const before = (await progress.count()) > 0 ? await progress.textContent() : null;
  await trainButton(page).click();
  // The progress of the run this Train trains, not still the previous run's ("Epoch 30 / 30" of a run on other data).
  if (before !== null) await expect(progress).not.toHaveText(before, { timeout: 30_000 });
  await expect(controls.getByLabel('Epoch', { exact: true })).toHaveText(String(epochs), { timeout: 30_000 });
  await expect(controls).toContainText(`/ ${epochs}`);
  await expect(trainButton(page)).toBeVisible();
}

/** Types into a training setting, e.g. setSetting(page, 'Epochs', '20'). */
export async function setSetting(page: Page, label: string, value: string): Promise<void> {
  const field = trainingControls(page).getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
}

/** The charts area's tab, e.g. "Comparison". */
export async function openChartsTab(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('tablist', { name: 'Charts' }).getByRole('tab', { name }).click();
}
