import type { Locator, Page } from '@playwright/test';

/** Helpers shared by the training and dashboard e2e tests. */

/** Opens the Templates menu and loads the template with this label. */
export async function loadTemplate(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'Templates' }).click();
  await page.getByRole('menuitem', { name: label }).click();
}

export function trainingControls(page: Page): Locator {
  return page.getByRole('region', { name: 'Training controls' });
}

/** A number shown with thousands separators, e.g. "1,300" → 1300. */
export async function numberIn(output: Locator): Promise<number> {
  return Number(((await output.textContent()) ?? 'NaN').replaceAll(',', ''));
}
