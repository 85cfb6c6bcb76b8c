import { expect, type Page } from '@playwright/test';
import { test } from './fixtures.ts';
import { dropFileOn, statusLine } from './editor-helpers.ts';
import { readSaved } from './storage-helpers.ts';
import { dataPanel, trainingControls } from './training-helpers.ts';

/**
 * 240 points in four quadrants: `colour` is red where x and y have the same sign (an XOR the
 * default 2-8-1 network learns), `size` is noise and the last usable column, so it is what the
 * panel suggests as the target until the person picks `colour`; `id` differs on every row.
 */
function quadrantsCsv(): string {
  let state = 7;
  const random = () => ((state = (state * 48271) % 2147483647) / 2147483647) * 2 - 1;
  const rows = Array.from({ length: 240 }, (_, i) => {
    const [x, y] = [random(), random()];
    return `${x.toFixed(3)},${y.toFixed(3)},${x * y > 0 ? 'red' : 'blue'},${['S', 'M', 'L'][i % 3]},p${i}`;
  });
  return ['x,y,colour,size,id', ...rows].join('\n');
}

/** Every cell of the confusion matrix, as numbers, row by row. */
async function matrixCounts(page: Page): Promise<number[][]> {
  const rows = page.getByRole('region', { name: 'Confusion matrix table' }).locator('tbody tr');
  return rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => Number(td.textContent!.replaceAll(',', '')))));
}

/** A screenshot once the page has painted what it laid out (two animation frames later). */
async function screenshot(page: Page, path: string): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path });
}

/** The share of rows on the diagonal: the right answers. */
function rightShare(counts: number[][]): number {
  const total = counts.flat().reduce((a, b) => a + b, 0);
  return counts.reduce((sum, row, i) => sum + row[i]!, 0) / total;
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('a CSV dropped on the page trains on the target picked, and the confusion matrix shows the test rows', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const data = dataPanel(page);
  await dropFileOn(data, 'quadrants.csv', quadrantsCsv(), 'text/csv');
  await expect(data).toContainText('quadrants.csv · 240 rows · 5 columns · comma-separated');
  await expect(data.getByLabel('Dataset')).toHaveValue('file');
  await expect(data.getByLabel('Role of size')).toHaveValue('target');
  await expect(data.getByLabel('Role of id')).toHaveValue('ignore');

  await data.getByLabel('Role of colour').selectOption({ label: 'Target' });
  await expect(data.getByLabel('Role of colour')).toHaveValue('target');
  await expect(data.getByLabel('Role of size')).toHaveValue('ignore');
  await expect(data.getByRole('list', { name: /Class balance of colour/ }).getByRole('listitem')).toHaveCount(2);
  await expect(data).toContainText('The Input node matches.');

  const controls = trainingControls(page);
  await controls.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(controls.getByLabel('Epoch', { exact: true })).toHaveText('200', { timeout: 60_000 });

  const matrix = page.getByRole('region', { name: 'Confusion matrix', exact: true });
  await matrix.scrollIntoViewIfNeeded();
  await expect(matrix.getByRole('columnheader', { name: 'red', exact: true })).toBeVisible();
  // The matrix redraws with the charts (a few times a second): it settles on the final evaluation,
  // whose right answers over the test rows are the test accuracy the controls show.
  const accuracy = Number.parseFloat((await controls.getByLabel('Test accuracy').textContent()) ?? 'NaN') / 100;
  expect(accuracy).toBeGreaterThanOrEqual(0.9);
  await expect.poll(async () => rightShare(await matrixCounts(page))).toBeCloseTo(accuracy, 3);
  expect((await matrixCounts(page)).flat().reduce((a, b) => a + b, 0)).toBe(120);
  // Counts or row shares: a chart option, as the other charts' scale and smoothing are.
  await matrix.getByRole('button', { name: 'Confusion matrix options' }).click();
  await matrix.getByRole('button', { name: 'Row %' }).click();
  await expect(matrix.getByRole('cell').first()).toHaveText(/^\d+ %$/);

  for (const [width, height] of [[1280, 720], [390, 844]] as const) {
    await page.setViewportSize({ width, height });
    for (const [name, part] of [['matrix', matrix], ['data', data]] as const) {
      await part.scrollIntoViewIfNeeded();
      await screenshot(page, testInfo.outputPath(`${name}-${width}x${height}.png`));
    }
  }
});

test('a file that is not a table gets one message in the panel; the data and the graph stay as they were', async ({ page }) => {
  const data = dataPanel(page);
  await dropFileOn(data, 'numbers.csv', '1,2,3\n4,5,6\n', 'text/csv');
  await expect(data.getByRole('alert')).toHaveText(
    'numbers.csv line 1: the first line holds numbers (1, 2, 3), not column names: add a header line naming each column',
  );
  await expect(data.getByLabel('Dataset')).toHaveValue('xor');
  await expect(statusLine(page)).toContainText('Ready');
});

test('a pasted table is read like a file, and its target can be set by keyboard', async ({ page }) => {
  const data = dataPanel(page);
  await data.getByRole('button', { name: 'Paste CSV' }).click();
  await data.getByLabel('CSV text (first line: column names)').fill('height;weight;kind\n1.2;30;cat\n1.9;70;dog\n1.1;28;cat\n2.0;75;dog\n');
  await data.getByRole('button', { name: 'Read pasted table' }).click();
  await expect(data).toContainText('pasted.csv · 4 rows · 3 columns · semicolon-separated');
  const role = data.getByLabel('Role of weight');
  await role.focus();
  await page.keyboard.press('ArrowDown');
  await expect(role).toHaveValue('target');
  await expect(data.getByLabel('Role of kind')).toHaveValue('ignore');
  await expect(data).toContainText('Predicts weight as a number (regression)');
});

test('the table survives a reload, from the browser’s IndexedDB', async ({ page }) => {
  const data = dataPanel(page);
  await dropFileOn(data, 'quadrants.csv', quadrantsCsv(), 'text/csv');
  await expect(data.getByLabel('Role of size')).toHaveValue('target');
  await data.getByLabel('Role of colour').selectOption({ label: 'Target' });
  await expect(data.getByLabel('Role of colour')).toHaveValue('target');
  // the autosave writes the graph a moment after the last change
  await expect.poll(async () => String(await readSaved(page, 'model'))).toContain('"target": "colour"');
  await page.reload();
  await expect(data).toContainText('quadrants.csv · 240 rows');
  await expect(data.getByLabel('Role of colour')).toHaveValue('target');
  await expect(data.getByRole('region', { name: 'Missing data file' })).toHaveCount(0);
  await expect(trainingControls(page).getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
});
