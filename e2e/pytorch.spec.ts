import { expect } from '@playwright/test';
import { test } from './fixtures.ts';
import { readFile } from 'node:fs/promises';
import { exportPytorch } from '../src/export/index.ts';
import type { NetloomModel } from '../src/model/index.ts';
import { exportJson, openEditor } from './editor-helpers.ts';

test('Export → PyTorch downloads the graph as a Python training script', async ({ page }) => {
  await openEditor(page);
  const shown = JSON.parse((await exportJson(page)).text) as NetloomModel;

  await page.getByRole('button', { name: 'Export' }).click();
  const item = page.getByRole('menuitem', { name: 'PyTorch' });
  await expect(item).toHaveAttribute('title', /class Net/);
  const downloading = page.waitForEvent('download');
  await item.click();
  const download = await downloading;

  expect(download.suggestedFilename()).toBe('xor.py');
  // The same script as the CLI writes for the graph on the canvas, with the weights the editor shows.
  expect(await readFile(await download.path(), 'utf8')).toBe(exportPytorch(shown, 'xor.py').script);
});
