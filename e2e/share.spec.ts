import { expect, type Page } from '@playwright/test';
import { test } from './fixtures.ts';
import { deflateSync } from 'fflate';
import { createRng, modelNetwork } from '../src/engine/index.ts';
import { xorTemplate, type NetloomModel } from '../src/model/index.ts';
import { sharedDocument } from '../src/ui/share/linkCodec.ts';
import { exportJson, node, openEditor, statusLine } from './editor-helpers.ts';
import { loadTemplate, numberIn, trainingControls } from './training-helpers.ts';

/** Opens "Share link", chooses what goes in, presses "Copy link" and returns what the clipboard got. */
async function copyLink(page: Page, { weights }: { weights: boolean }): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Share link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share a link to this graph' });
  if (weights) await dialog.getByRole('checkbox', { name: /Trained weights/ }).check();
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/Link copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await dialog.getByRole('textbox', { name: /Link/ }).inputValue());
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  return copied;
}

/** What the engine predicts for `model` on a fixed set of random points. */
function predictions(model: NetloomModel): Float32Array {
  const rng = createRng(17, 'data');
  const x = Float32Array.from({ length: 200 * 2 }, () => 4 * rng.uniform() - 2);
  return Float32Array.from(modelNetwork(model).predict(x, 200));
}

test('a copied link opens the same trained graph in a fresh browser, with the same predictions', async ({ page, browser }) => {
  await openEditor(page);
  await loadTemplate(page, 'Spiral classifier (softmax)');
  const controls = trainingControls(page);
  await controls.getByRole('button', { name: 'Step epoch' }).click();
  await expect.poll(() => numberIn(controls.getByLabel('Step', { exact: true }))).toBeGreaterThan(0);
  const link = await copyLink(page, { weights: true });
  const shared = JSON.parse((await exportJson(page)).text) as NetloomModel;
  expect(shared.weights).toBeDefined();

  // A fresh browser profile: no autosave, nothing of the first page's.
  const fresh = await browser.newContext();
  const opened = await fresh.newPage();
  await opened.goto(link);
  await expect(statusLine(opened)).toContainText('371 parameters');
  await expect(node(opened, 'Dense', 'dense3')).toBeVisible();
  await expect(opened.getByRole('dialog')).toHaveCount(0);
  // The link is read once and leaves the address bar, so a reload does not open it again.
  expect(new URL(opened.url()).hash).toBe('');

  const received = JSON.parse((await exportJson(opened)).text) as NetloomModel;
  expect(received).toEqual(sharedDocument(shared, { weights: true, training: true }));
  expect(predictions(received)).toEqual(predictions(shared));
  await fresh.close();
});

test('a link over someone’s work asks first; opening it is undone with Undo', async ({ page }) => {
  await openEditor(page);
  await loadTemplate(page, 'Spiral classifier (softmax)');
  const link = await copyLink(page, { weights: false });
  await loadTemplate(page, 'Deep ReLU (10 × 16 ReLU)');
  await page.getByLabel('Units of dense1', { exact: true }).fill('5');
  await page.getByLabel('Units of dense1', { exact: true }).press('Enter');
  const work = (await exportJson(page)).text;

  await page.goto(link);
  const ask = page.getByRole('dialog', { name: 'Open the shared graph?' });
  await expect(ask).toContainText('The link holds “spiral” with 8 nodes.');
  await ask.getByRole('button', { name: 'Keep my graph' }).click();
  await expect(ask).toBeHidden();
  expect((await exportJson(page)).text).toBe(work);

  await page.goto(link);
  await ask.getByRole('button', { name: 'Open link' }).click();
  await expect(node(page, 'Dense', 'dense10')).toHaveCount(0);
  await expect(statusLine(page)).toContainText('371 parameters');

  await page.getByRole('button', { name: 'Undo' }).click();
  expect((await exportJson(page)).text).toBe(work);
});

test('three damaged links each say what is wrong and leave the graph untouched', async ({ page }) => {
  await openEditor(page);
  await page.getByLabel('Units of dense1').fill('6');
  await page.getByLabel('Units of dense1').press('Enter');
  const before = (await exportJson(page)).text;
  const good = await copyLink(page, { weights: false });
  const data = good.slice(good.indexOf('#model=') + '#model='.length);
  const invalid = { ...xorTemplate(), nodes: xorTemplate().nodes.map((n) => (n.id === 'dense1' ? { ...n, params: { units: -3 } } : n)) };
  const damaged = [
    { data: data.slice(0, 4 * Math.floor(data.length / 8)), says: 'The link is damaged or cut short: its data does not decompress.' },
    { data: Buffer.from('a note, not a network').toString('base64url'), says: 'The link is damaged or cut short: its data does not decompress.' },
    {
      data: Buffer.from(deflateSync(new TextEncoder().encode(JSON.stringify(invalid)))).toString('base64url'),
      says: 'The link does not hold a valid Netloom model: nodes[1].params.units: expected a positive integer.',
    },
  ];

  const alert = page.getByRole('alert');
  for (const { data: broken, says } of damaged) {
    await page.goto(`/#model=${broken}`);
    await expect(alert).toContainText('Could not open the link; the graph is unchanged.');
    await expect(alert).toContainText(says);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByLabel('Units of dense1')).toHaveValue('6');
    expect((await exportJson(page)).text).toBe(before);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  }
});
