import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import { test } from './fixtures.ts';
import { unzipSync } from 'fflate';
import { chooseFiles, confirmReplace, node, openEditor } from './editor-helpers.ts';
import { loadTemplate } from './training-helpers.ts';

/** Issue 12, problem 10: the editor reads its own TF.js export; New; Set activations; toasts; code loaded on first use. */

test.beforeEach(async ({ page }) => {
  await openEditor(page);
});

/** Exports through the Export menu and returns the saved file's name and bytes. */
async function exportAs(page: Page, format: string): Promise<{ name: string; bytes: Uint8Array }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: new RegExp(`^${format}`) }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(await download.path())) };
}

function toast(page: Page, text: string | RegExp) {
  return page.getByRole('status').filter({ hasText: text });
}

test('imports its own TensorFlow.js export: the zip, or model.json with its weight file', async ({ page }) => {
  await page.getByLabel('Units of dense1').fill('5');
  const zip = await exportAs(page, 'TensorFlow.js');
  expect(zip.name).toBe('xor-tfjs.zip');
  await expect.soft(toast(page, 'Exported xor-tfjs.zip')).toBeVisible();

  await loadTemplate(page, 'Deep ReLU (10 × 16 ReLU)');
  await chooseFiles(page, [{ name: zip.name, content: zip.bytes }]);
  await confirmReplace(page);
  await expect(toast(page, 'Imported model.json (TensorFlow.js): 6 nodes.')).toBeVisible();
  await expect(page.getByLabel('Units of dense1')).toHaveValue('5');
  await expect(node(page, 'Dense', 'dense10')).toHaveCount(0);
  await expect(page.getByRole('main', { name: 'Graph editor' }).locator('.status-line')).toContainText('Ready');

  await loadTemplate(page, 'Deep ReLU (10 × 16 ReLU)');
  const files = unzipSync(zip.bytes);
  await chooseFiles(
    page,
    Object.entries(files).map(([name, content]) => ({ name, content })),
  );
  await confirmReplace(page);
  await expect(page.getByLabel('Units of dense1')).toHaveValue('5');

  // model.json alone: its weights are missing, and the message says which file to add.
  await chooseFiles(page, [{ name: 'model.json', content: files['model.json']! }]);
  await expect(page.getByRole('alert')).toContainText('its weights are in "group1-shard1of1.bin": choose it together with model.json');
});

test('"New" clears the canvas, and Undo brings the graph back', async ({ page }) => {
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(page.getByText('Drag blocks from the palette here')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Graph name' })).toHaveValue('untitled');
  await toast(page, 'New empty graph.').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  await expect(page.getByRole('textbox', { name: 'Graph name' })).toHaveValue('xor');
});

test('"Set activations" changes every hidden activation at once and keeps the output one', async ({ page }) => {
  await loadTemplate(page, 'Deep sigmoid (10 × 16 sigmoid)');
  await page.getByRole('button', { name: 'Set activations' }).click();
  await page.getByRole('menuitem', { name: 'ReLU', exact: true }).click();
  await expect(toast(page, 'Set 10 activations to ReLU.')).toBeVisible();
  for (let i = 1; i <= 10; i++) await expect(page.getByLabel(`Function of act${i}`, { exact: true })).toHaveValue('relu');
  await expect(page.getByLabel('Function of act11', { exact: true })).toHaveValue('sigmoid');
  await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Function of act1', { exact: true })).toHaveValue('sigmoid');
});

test('the ONNX writer and the layout library load only when first used', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.reload();
  await expect(node(page, 'Dense', 'dense1')).toBeVisible();
  const atStart = scripts.length;

  await exportAs(page, 'ONNX');
  await expect.soft(toast(page, 'Exported xor.onnx')).toBeVisible();
  const writer = scripts.slice(atStart);
  expect(writer).toHaveLength(1);
  expect(await (await page.request.get(writer[0]!)).text()).toContain('ModelProto');

  // A block wired to nothing: the graph is no longer one chain, so Tidy layout needs dagre.
  await page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: 'Dense', exact: true }).press('Enter');
  await page.getByRole('button', { name: 'Tidy layout' }).click();
  await expect.poll(() => scripts.slice(atStart + 1)).toHaveLength(1);
  expect(await (await page.request.get(scripts.at(-1)!)).text()).toContain('dagre');
});
