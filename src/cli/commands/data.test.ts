import { truncate, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { PENGUIN_DESCRIPTION, PENGUIN_LINES } from '../../engine/datasets/tabular/testTables.ts';
import { cli, useTempDir } from '../testing.ts';

const PENGUINS = PENGUIN_LINES.join('\n');

describe('data', () => {
  const tmp = useTempDir();
  const write = tmp.writeText;

  it('prints one JSON line: rows, dropped rows, widths, task, classes and every column', async () => {
    const file = await write('penguins.csv', PENGUINS);
    const run = await cli('data', file, '--target', 'species');
    expect(run).toMatchObject({ code: 0, stderr: [] });
    expect(run.stdout).toHaveLength(1);
    expect(JSON.parse(run.stdout[0]!)).toEqual(PENGUIN_DESCRIPTION);
  });

  it('takes the features and the columns to read as categories', async () => {
    const file = await write('penguins.csv', PENGUINS);
    const numeric = JSON.parse((await cli('data', file, '--target', 'species', '--features', 'bill')).stdout[0]!);
    expect(numeric).toMatchObject({ inputSize: 1, columns: [{ role: 'target' }, { type: 'ignored' }, { role: 'feature' }, { type: 'ignored' }, { type: 'ignored' }] });
    const cars = await write('cars.tsv', 'mpg\tcylinders\n18\t8\n30\t4\n25\t4\n15\t8\n20\t6\n');
    expect(JSON.parse((await cli('data', cars, '--target', 'mpg')).stdout[0]!)).toMatchObject({ task: 'regression', outputSize: 1, classes: [] });
    const byCylinders = JSON.parse((await cli('data', cars, '--target', 'cylinders', '--categorical', 'cylinders')).stdout[0]!);
    expect(byCylinders).toMatchObject({ task: 'classification', classes: ['4', '6', '8'], outputSize: 3 });
  });

  it('describes a built-in dataset with --dataset, its preset target by default', async () => {
    const penguins = JSON.parse((await cli('data', '--dataset', 'penguins')).stdout[0]!);
    expect(penguins).toMatchObject({ rows: 344, inputSize: 10, outputSize: 3, classes: ['Adelie', 'Chinstrap', 'Gentoo'] });
    const mnist = JSON.parse((await cli('data', '--dataset', 'mnist')).stdout[0]!);
    expect(mnist).toMatchObject({ rows: 10000, inputSize: 784, outputSize: 10 });
  });

  it('names the file, line and column of what is wrong with the file (exit 2)', async () => {
    const ragged = await write('ragged.csv', 'a,b,c\n1,2,3\n4,5\n');
    expect(await cli('data', ragged, '--target', 'a')).toEqual({
      code: 2,
      stdout: [],
      stderr: [`error: ${ragged} line 3: 2 values, but the header (line 1) names 3 columns`],
    });
    const file = await write('penguins.csv', PENGUINS);
    expect((await cli('data', file, '--target', 'bill', '--categorical', 'bill')).stderr).toEqual([
      `error: ${file}, column "bill": the values 39.1, 46.1, 46.5, 47, 50: only a numeric column of at most 10 distinct whole numbers can be classes; keep it numeric`,
    ]);
  });

  it('refuses a file over the size limit without reading it, and a missing file', async () => {
    const huge = tmp.path('huge.csv');
    await writeFile(huge, '');
    await truncate(huge, 50 * 1024 * 1024);
    expect((await cli('data', huge, '--target', 'a')).stderr).toEqual([
      `error: ${huge}: the file is 50.0 MB; Netloom reads tables of up to 32.0 MB (about 150,000 rows of 20 numbers): keep fewer rows or columns`,
    ]);
    expect(await cli('data', tmp.path('nowhere.csv'), '--target', 'a')).toEqual({
      code: 2,
      stdout: [],
      stderr: [`error: cannot read ${tmp.path('nowhere.csv')}: no such file or directory`],
    });
  });

  it('exits 2 with the usage for a missing target, an unknown dataset, or a file and a dataset at once', async () => {
    const file = await write('penguins.csv', PENGUINS);
    for (const [argv, message] of [
      [[file], 'error: missing --target: the column to predict'],
      [['--dataset', 'iris'], 'error: --dataset: unknown dataset "iris"; choose one of penguins, cars, mnist'],
      [[file, '--dataset', 'cars'], `error: give a file or --dataset, not both (got ${file} and --dataset cars)`],
      [[file, '--target', 'species', '--features', ' , '], 'error: --features: expected column names separated by commas'],
    ] as const) {
      const run = await cli('data', ...argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toEqual([message, expect.stringMatching(/^usage: npm run -s cli -- data <file\.csv> --target COLUMN/)]);
    }
  });
});
