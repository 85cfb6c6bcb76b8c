import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../engine/index.ts';
import { builtinTable } from '../engine/datasets/builtin/builtinTables.testkit.ts';
import { PENGUIN_LINES } from '../engine/datasets/tabular/testTables.ts';
import type { FileDataSource } from '../model/index.ts';
import { TableInspector } from './tableInspector.ts';
import type { TableOrigin } from './tableProtocol.ts';

const PENGUINS = `${PENGUIN_LINES.join('\n')}\n`;
const file = (text: string, name = 'penguins.csv'): TableOrigin => ({ kind: 'file', name, bytes: new TextEncoder().encode(text).buffer });

describe('TableInspector', () => {
  it('reads a file: its hash, delimiter, every column’s facts and the first rows as Netloom reads them', async () => {
    const { summary } = await new TableInspector().open(file(PENGUINS));
    expect(summary.table).toEqual({ kind: 'file', file: 'penguins.csv', sha256: await sha256Hex(new TextEncoder().encode(PENGUINS)) });
    expect(summary).toMatchObject({ rowCount: 6, delimiter: ',' });
    expect(summary.columns.map((column) => [column.name, column.type, column.missing, column.ignoredBecause])).toEqual([
      ['species', 'categorical', 1, null],
      ['island', 'categorical', 0, null],
      ['bill', 'numeric', 1, null],
      ['sex', 'categorical', 1, null],
      ['tag', 'categorical', 0, 'id'],
    ]);
    expect(summary.preview[1]).toEqual(['Adelie', 'Biscoe', null, 'FEMALE', 'a2']);
  });

  it('suggests the last column that can be a target, skipping ids, and records the choice with the file', async () => {
    const { plan } = await new TableInspector().open(file(PENGUINS));
    expect(plan!.source).toMatchObject({ file: 'penguins.csv', target: 'sex', features: ['species', 'island', 'bill'] });
    expect(plan!.description.classes).toEqual(['FEMALE', 'MALE']);
    expect(plan!.classCounts).toEqual([2, 3]);
    expect(plan!.info).toMatchObject({ name: 'penguins.csv', task: { kind: 'classification', classes: 2 } });
  });

  it('plans a choice of columns on the open table, or says where it does not fit', async () => {
    const inspector = new TableInspector();
    await inspector.open(file(PENGUINS));
    const plan = inspector.plan({ target: 'species', features: ['bill'] });
    expect(plan.description).toMatchObject({ inputSize: 1, outputSize: 3, droppedRows: 1 });
    expect(plan.classCounts).toEqual([2, 1, 2]);
    const refused = await inspector.answer({ type: 'plan', request: 7, choice: { target: 'tag' } });
    expect(refused).toEqual({
      type: 'failed',
      request: 7,
      message: 'penguins.csv, column "tag": every row has a different value (6 values): the column identifies rows and cannot be learned as classes',
    });
  });

  it('refuses a bad file in one message naming the line, and keeps the table it had', async () => {
    const inspector = new TableInspector();
    await inspector.open(file(PENGUINS));
    const answer = await inspector.answer({ type: 'open', request: 2, origin: file('a,b\n1,2\n3\n', 'broken.csv') });
    expect(answer).toEqual({ type: 'failed', request: 2, message: 'broken.csv line 3: 1 values, but the header (line 1) names 2 columns' });
    expect(inspector.plan({ target: 'species' }).description.rows).toBe(5);
  });

  it('refuses another file in place of the one a model records, saying what differs', async () => {
    const inspector = new TableInspector();
    const { plan } = await inspector.open(file(PENGUINS), undefined, { target: 'species', features: ['bill', 'island'] });
    const expected = plan!.source as FileDataSource;
    const edited = PENGUINS.replace('46.1', 'long');
    const answer = await inspector.answer({ type: 'open', request: 3, origin: file(edited, 'penguins-v2.csv'), expected });
    expect(answer).toMatchObject({ type: 'failed' });
    expect((answer as { message: string }).message).toBe(
      'penguins-v2.csv: this model needs its own penguins.csv: penguins-v2.csv is not the penguins.csv the model was trained on: the contents differ; ' +
        'penguins-v2.csv line 4, column "bill": "long" is not a number, so the column cannot be numeric',
    );
    expect(await inspector.answer({ type: 'open', request: 4, origin: file(PENGUINS, 'renamed.csv'), expected })).toMatchObject({ type: 'opened' });
  });

  it('fetches a built-in table and plans its preset columns', async () => {
    const inspector = new TableInspector(async (name) => builtinTable(name));
    const { summary, plan } = await inspector.open({ kind: 'builtin', name: 'cars' }, undefined, { target: 'Miles_per_Gallon' });
    expect(summary).toMatchObject({ table: { kind: 'builtin', name: 'cars' }, rowCount: 406 });
    expect(plan!.source).not.toHaveProperty('file');
    expect(plan!.info).toMatchObject({ name: 'cars', label: 'Cars (406, miles per gallon)', inputSize: 9 });
    expect(plan!.classCounts).toEqual([]);
  });
});
