import { describe, expect, it } from 'vitest';
import { batchNormModel, cli, linearModel, overflowingModel, useTempDir } from '../testing.ts';

describe('predict', () => {
  const tmp = useTempDir();

  it('prints a flat array for one input row', async () => {
    const file = await tmp.writeModel('linear.json', linearModel());
    expect(await cli('predict', file, '--input', '1,1')).toEqual({ code: 0, stdout: ['{"output":[3.5]}'], stderr: [] });
  });

  it('prints one array per row for several rows', async () => {
    const file = await tmp.writeModel('linear.json', linearModel());
    expect((await cli('predict', file, '--input', '1,1; 2,0;0,-1')).stdout).toEqual(['{"output":[[3.5],[2.5],[-1.5]]}']);
  });

  it('runs in inference mode: BatchNorm normalises one row with its moving statistics', async () => {
    const run = await cli('predict', await tmp.writeModel('bn.json', batchNormModel()), '--input', '3');
    expect(run.code).toBe(0);
    // gamma · (x − movingMean) / √(movingVariance + ε) + beta
    expect(JSON.parse(run.stdout[0]!).output[0]).toBeCloseTo((2 * (3 - 1)) / Math.sqrt(4.001) + 0.5, 6);
  });

  it('takes input rows that start with a minus sign', async () => {
    const file = await tmp.writeModel('linear.json', linearModel());
    // y = -1 + 2 · 0.5 + 0.5
    expect((await cli('predict', file, '--input', '-1,0.5')).stdout).toEqual(['{"output":[0.5]}']);
  });

  it('prints an output that overflowed as "Infinity", not null, and exits 1', async () => {
    const file = await tmp.writeModel('overflowing.json', overflowingModel());
    expect(await cli('predict', file, '--input', '1,1;0.5,-0.5;-1,-1')).toEqual({
      code: 1,
      stdout: ['{"output":[["Infinity"],[0],["-Infinity"]]}'],
      stderr: ['error: the network’s output is not finite: output[0][0] is Infinity, output[2][0] is -Infinity'],
    });
  });

  it('initialises missing weights from the model seed, the same way every time', async () => {
    const { weights: _, ...untrained } = linearModel();
    const file = await tmp.writeModel('untrained.json', untrained);
    const first = await cli('predict', file, '--input', '1,1');
    expect(first.code).toBe(0);
    expect((await cli('predict', file, '--input', '1,1')).stdout).toEqual(first.stdout);
  });

  it.each([
    [['--input', '1,2,3'], '--input: row 1 has 3 numbers, the network expects 2'],
    [['--input', '1,x'], '--input: row 1: "x" is not a number'],
    [['--input', ' ; '], '--input: expected rows of numbers like "1,2;3,4"'],
    [[], 'missing --input'],
  ])('exits 2 for bad input rows %j', async (flags, message) => {
    const file = await tmp.writeModel('linear.json', linearModel());
    const run = await cli('predict', file, ...flags);
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toBe(`error: ${message}`);
  });
});
