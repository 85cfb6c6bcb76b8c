import { describe, expect, it } from 'vitest';
import { cli, linearModel, overflowingModel, useTempDir } from '../testing.ts';

describe('grad', () => {
  const tmp = useTempDir();

  it('prints the loss and the gradients of every dense layer', async () => {
    const file = await tmp.writeModel('linear.json', linearModel());
    // y = 1 + 2 + 0.5 = 3.5, target 1.5: mse = (y - t)² = 4, dL/dy = 2 (y - t) = 4.
    const run = await cli('grad', file, '--input', '1,1', '--target', '1.5');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout[0]!)).toEqual({ loss: 4, grads: { h: { kernel: [[4, 4]], bias: [4] } } });
  });

  it('averages over the rows given', async () => {
    const file = await tmp.writeModel('linear.json', linearModel());
    // Rows: y = 3.5 (t 1.5, error 2) and y = 2.5 (t 2.5, error 0): loss (4 + 0) / 2, dL/dy = [2, 0].
    const run = await cli('grad', file, '--input', '1,1;2,0', '--target', '1.5;2.5');
    expect(JSON.parse(run.stdout[0]!)).toEqual({ loss: 2, grads: { h: { kernel: [[2, 2]], bias: [2] } } });
  });

  it('takes a negative target', async () => {
    const file = await tmp.writeModel('linear.json', linearModel());
    // y = 3.5, target -0.5: mse = 16, dL/dy = 8.
    const run = await cli('grad', file, '--input', '1,1', '--target', '-0.5');
    expect(JSON.parse(run.stdout[0]!)).toEqual({ loss: 16, grads: { h: { kernel: [[8, 8]], bias: [8] } } });
  });

  it('prints a loss and gradients that overflowed as "Infinity", not null, and exits 1', async () => {
    const file = await tmp.writeModel('overflowing.json', overflowingModel());
    const run = await cli('grad', file, '--input', '1,1', '--target', '0');
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual(['{"loss":"Infinity","grads":{"h":{"kernel":[["Infinity","Infinity"]],"bias":["Infinity"]}}}']);
    expect(run.stderr).toEqual([
      'error: the loss or a gradient is not finite: loss is Infinity, grads.h.kernel[0][0] is Infinity, grads.h.kernel[0][1] is Infinity, and 1 more',
    ]);
  });

  it('exits 2 when targets and inputs do not pair up', async () => {
    const file = await tmp.writeModel('linear.json', linearModel());
    const run = await cli('grad', file, '--input', '1,1;2,0', '--target', '1');
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toBe('error: --target has 1 row but --input has 2; give one target per input row');
    expect((await cli('grad', file, '--input', '1,1')).stderr[0]).toBe('error: missing --target');
  });
});
