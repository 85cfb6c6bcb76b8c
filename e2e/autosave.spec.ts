import { expect, test } from '@playwright/test';
import { serializeModel, type ModelEdge, type ModelNode, type NetloomModel } from '../src/model/index.ts';
import { LOCAL_AUTOSAVE_KEY } from '../src/ui/store/autosaveStore.ts';
import { exportJson, importFile, openEditor, statusLine } from './editor-helpers.ts';
import { readSaved } from './storage-helpers.ts';

/** 512 inputs → two dense layers of 512 with weights: about 525,000 numbers, 13 MB of JSON, past localStorage's 5 MB. */
function bigTrainedModel(): NetloomModel {
  const nodes: ModelNode[] = [{ id: 'x', type: 'input', params: { size: 512 }, position: { x: 0, y: 0 } }];
  const edges: ModelEdge[] = [];
  const weights: NetloomModel['weights'] = {};
  let seed = 1;
  const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
  for (const [i, id] of ['d1', 'd2'].entries()) {
    nodes.push({ id, type: 'dense', params: { units: 512 }, position: { x: 200 * (i + 1), y: 0 } });
    edges.push({ source: nodes.at(-2)!.id, target: id });
    weights[id] = { kernel: Array.from({ length: 512 }, () => Array.from({ length: 512 }, next)), bias: Array.from({ length: 512 }, next) };
  }
  nodes.push({ id: 'L', type: 'loss', params: { fn: 'mse' }, position: { x: 600, y: 0 } });
  edges.push({ source: 'd2', target: 'L' });
  return { format: 'netloom', version: 1, name: 'big', nodes, edges, weights };
}

test('a graph with 13 MB of trained weights is saved in the browser and comes back after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await openEditor(page);
  await importFile(page, 'big.netloom.json', serializeModel(bigTrainedModel()));
  await expect(page.getByLabel('Units of d2')).toHaveValue('512');
  const before = await exportJson(page);
  // Saved once the editor has been still for a moment.
  await expect.poll(async () => ((await readSaved(page, 'model')) as string | undefined)?.length ?? 0, { timeout: 30_000 }).toBeGreaterThan(12e6);
  await expect(statusLine(page)).not.toContainText('Not saved');

  await page.reload();
  await expect(page.getByLabel('Units of d2')).toHaveValue('512');
  expect((await exportJson(page)).text).toBe(before.text);
});

test('an autosave that does not open is kept aside, explained and offered as a download', async ({ page }) => {
  const unopened = '{"format": "netloom", "version": 1, "nodes": [';
  // An earlier version left a save that was cut short, once (not again on reload).
  await page.addInitScript(
    ([key, text]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', 'yes');
      localStorage.setItem(key!, text!);
    },
    [LOCAL_AUTOSAVE_KEY, unopened],
  );
  await openEditor(page);

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your last autosaved graph could not be opened; it is kept aside in this browser.');
  await expect(alert).toContainText('not valid JSON: close bracket expected at line 1, column 47');
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the unopened save' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('netloom-autosave-unopened.json');
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(await download.path(), 'utf8')).toBe(unopened);

  await page.reload();
  await expect(statusLine(page)).toContainText('Ready');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await readSaved(page, 'unreadable')).toBe(unopened);
});

test('the status line says when the browser refuses to save the graph, until a save works again', async ({ page }) => {
  // The browser's storage is full while `refuseSaves` is set.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      if ((window as { refuseSaves?: boolean }).refuseSaves) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await openEditor(page);
  await page.evaluate(() => ((window as { refuseSaves?: boolean }).refuseSaves = true));
  await page.getByLabel('Units of dense1').fill('5');

  await expect(statusLine(page)).toContainText(
    "Not saved: this site's browser storage is full. Export JSON to keep this graph.",
  );
  await page.evaluate(() => ((window as { refuseSaves?: boolean }).refuseSaves = false));
  await page.getByLabel('Units of dense1').fill('6');
  await expect(statusLine(page)).not.toContainText('Not saved');
  await expect(statusLine(page)).toContainText('Ready');
});
