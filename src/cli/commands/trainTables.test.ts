import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { layerStack, mnistTemplate, parseModelJson, PENGUIN_MEASUREMENTS, penguinsTemplate, type NetloomModel } from '../../model/index.ts';
import { cli, useTempDir } from '../testing.ts';

const lastJson = (lines: string[]) => JSON.parse(lines.at(-1)!);

/** Two well-separated clusters of birds: size and colour tell the kind. */
const BIRDS = [
  'size,colour,kind,ring',
  ...Array.from({ length: 40 }, (_, i) => `${i % 2 === 0 ? 10 + (i % 7) : 30 + (i % 5)},${i % 3 === 0 ? 'brown' : 'grey'},${i % 2 === 0 ? 'wren' : 'crow'},r${i}`),
].join('\n');

const birdModel = (): NetloomModel => layerStack(3, [{ units: 8, fn: 'tanh' }, { units: 1, fn: 'sigmoid' }], 'binary_cross_entropy', { training: { epochs: 30, lr: 0.05 } });

describe('train on a table', () => {
  const tmp = useTempDir();
  const write = tmp.writeText;

  it('penguins: a 4-16-3 softmax network on the numeric columns reaches at least 95 % test accuracy', async () => {
    const run = await cli('train', await tmp.writeModel('penguins.json', penguinsTemplate()));
    expect(run.code).toBe(0);
    expect(lastJson(run.stdout).testAccuracy).toBeGreaterThanOrEqual(0.95);
    // the same choice given as flags to a plain network
    const plain = layerStack(4, [{ units: 16, fn: 'relu' }, { units: 3, fn: 'softmax' }], 'cross_entropy', { training: { lr: 0.01, epochs: 100 } });
    const flags = ['--dataset', 'penguins', '--target', 'Species', '--features', PENGUIN_MEASUREMENTS.join(',')];
    const viaFlags = await cli('train', await tmp.writeModel('plain.json', plain), ...flags);
    expect(lastJson(viaFlags.stdout).testAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('mnist: one epoch of the 784-128-64-10 network on 2,000 digits already reads most test digits (the full 5-epoch figure is in the README)', async () => {
    const model = mnistTemplate();
    const quick = { ...model, training: { ...model.training, epochs: 1, trainFraction: 0.2 } };
    const run = await cli('train', await tmp.writeModel('mnist.json', quick));
    expect(run.code).toBe(0);
    expect(lastJson(run.stdout).testAccuracy).toBeGreaterThanOrEqual(0.8);
  });

  it('--data FILE --target: trains on a CSV, and --out records the file by name and hash without its rows', async () => {
    const csv = await write('birds.csv', BIRDS);
    const out = tmp.path('trained.json');
    const run = await cli('train', await tmp.writeModel('birds.json', birdModel()), '--data', csv, '--target', 'kind', '--out', out);
    expect(run.code).toBe(0);
    expect(lastJson(run.stdout).testAccuracy).toBeGreaterThanOrEqual(0.95);
    const loaded = parseModelJson(await readFile(out, 'utf8'));
    if (!loaded.ok) throw new Error('the trained model does not load');
    const training = loaded.model.training!;
    expect(training).not.toHaveProperty('dataset');
    expect(training.data).toEqual({
      file: 'birds.csv',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      target: 'kind',
      features: ['size', 'colour'],
      columns: { size: 'numeric', colour: 'categorical', kind: 'categorical' },
    });
    expect((await readFile(out, 'utf8')).includes('wren')).toBe(false);
  });

  it('a model that records its file trains again on that file alone, and refuses another, saying what differs', async () => {
    const csv = await write('birds.csv', BIRDS);
    const out = tmp.path('trained.json');
    await cli('train', await tmp.writeModel('birds.json', birdModel()), '--data', csv, '--target', 'kind', '--out', out);
    expect((await cli('train', out, '--data', csv, '--epochs', '2')).code).toBe(0);

    const edited = await write('birds-v2.csv', BIRDS.replace('size,', 'length,'));
    const refused = await cli('train', out, '--data', edited);
    expect(refused.code).toBe(2);
    expect(refused.stderr.join('\n')).toBe(
      `error: ${edited} does not fit the model's training.data (give --target to train on this file's columns instead):\n` +
        `  ${edited} is not the birds.csv the model was trained on: the contents differ\n` +
        `  ${edited} has no column "size", which the model reads`,
    );
    const without = await cli('train', out);
    expect(without.code).toBe(2);
    expect(without.stderr[0]).toBe(`error: ${out} trains on the table birds.csv (training.data): give it with --data birds.csv`);
  });

  it('reports RMSE and R² of a regression in the target’s own units', async () => {
    const model = layerStack(9, [{ units: 16, fn: 'relu' }, { units: 1 }], 'mse', { training: { dataset: 'cars', epochs: 40, lr: 0.01, trainFraction: 0.7 } });
    const run = await cli('train', await tmp.writeModel('cars.json', model));
    expect(run.code).toBe(0);
    const summary = lastJson(run.stdout);
    expect(Object.keys(summary)).toEqual(['loss', 'accuracy', 'testLoss', 'testAccuracy', 'rmse', 'r2', 'testRmse', 'testR2', 'epochs', 'seconds', 'samplesPerSecond', 'evalSeconds']);
    // miles per gallon: a few mpg off, where the standardised loss is a fraction of 1
    expect(summary.testRmse).toBeGreaterThan(1.5);
    expect(summary.testRmse).toBeLessThan(6);
    expect(summary.testR2).toBeGreaterThan(0.6);
    expect(summary.testRmse).toBeCloseTo(Math.sqrt(summary.testLoss) * 7.8, -1);
  });

  it('names the file, the line and the column of a table or a choice that does not fit (exit 2)', async () => {
    const model = await tmp.writeModel('birds.json', birdModel());
    const ragged = await write('ragged.csv', 'size,kind\n10,wren\n12\n');
    expect(await cli('train', model, '--data', ragged, '--target', 'kind')).toMatchObject({
      code: 2,
      stderr: [`error: ${ragged} line 3: 1 values, but the header (line 1) names 2 columns`],
    });
    const csv = await write('birds.csv', BIRDS);
    expect((await cli('train', model, '--data', csv, '--target', 'ring')).stderr).toEqual([
      `error: ${csv}, column "ring": every row has a different value (40 values): the column identifies rows and cannot be learned as classes`,
    ]);
    const run = await cli('train', model, '--data', csv, '--target', 'kind', '--features', 'size,colour', '--categorical', 'size');
    expect(run.code).toBe(1);
    // 12 sizes read as categories, 2 colours
    expect(run.stderr.join('\n')).toContain(`dataset_input: the ${csv} dataset has 14 numbers per sample, but Input node "input" has size 3: set its size to 14`);
  });

  it('refuses flags that do not go together', async () => {
    const model = await tmp.writeModel('birds.json', birdModel());
    expect((await cli('train', model, '--data', 'a.csv', '--dataset', 'xor')).stderr[0]).toBe('error: give --data or --dataset, not both (got --data a.csv and --dataset xor)');
    expect((await cli('train', model, '--dataset', 'moons', '--target', 'x')).stderr[0]).toBe("error: --target, --features and --categorical choose a table's columns; moons is generated");
    expect((await cli('train', model, '--dataset', 'fashion')).stderr[0]).toBe('error: --dataset: unknown dataset "fashion"; choose one of xor, circle, spiral, gaussian, moons, spiral3, iris, regression, penguins, cars, mnist');
  });
});
