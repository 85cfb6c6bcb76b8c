import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { cli, residualModel, useTempDir } from '../testing.ts';

describe('every command on a graph with a skip connection', () => {
  const tmp = useTempDir();

  it('validate says it joins branches', async () => {
    const file = await tmp.writeModel('residual.json', residualModel());
    expect((await cli('validate', file)).stdout).toEqual([
      `${file}: valid, 2 → … → 1, 2 dense layers, 1 merge node, 9 parameters, mse loss, fits the regression dataset`,
    ]);
  });

  it('predict adds the skip: (1, 1) → d1 (1, 2) → + x = (2, 3) → 5', async () => {
    const file = await tmp.writeModel('residual.json', residualModel());
    expect(JSON.parse((await cli('predict', file, '--input', '1,1')).stdout[0]!)).toEqual({ output: [5] });
  });

  it('grad reports every dense node, the skip’s gradient added to the branch’s', async () => {
    const file = await tmp.writeModel('residual.json', residualModel());
    // out = 5, target 1: loss 16, dL/dout = 8; dL/dr = (8, 8) reaches d1 and, unchanged, x.
    const run = await cli('grad', file, '--input', '1,1', '--target', '1');
    expect(JSON.parse(run.stdout[0]!)).toEqual({
      loss: 16,
      grads: {
        d1: { kernel: [[8, 8], [8, 8]], bias: [8, 8] },
        out: { kernel: [[16, 24]], bias: [8] },
      },
    });
  });

  it('train trains it and writes a model every command loads', async () => {
    const file = await tmp.writeModel('residual.json', residualModel());
    const out = tmp.path('trained.json');
    const metrics = tmp.path('metrics.jsonl');
    const run = await cli('train', file, '--out', out, '--metrics', metrics);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout.at(-1)!).epochs).toBe(3);
    const epochs = (await readFile(metrics, 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
    expect(epochs.map((epoch) => Object.keys(epoch.gradNorms))).toEqual([['d1', 'out'], ['d1', 'out'], ['d1', 'out']]);
    expect(epochs.at(-1).loss).toBeLessThan(epochs[0].loss);
    const trained = JSON.parse(await readFile(out, 'utf8'));
    expect(Object.keys(trained.weights)).toEqual(['d1', 'out']);
    expect((await cli('validate', out)).code).toBe(0);
  });
});
