import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../engine/index.ts';
import { TEMPLATES, type GeneratedDatasetName, type NetloomModel } from '../../model/index.ts';
import { batchNormModel, cli, linearModel, overflowingModel, useTempDir } from '../testing.ts';

/** `--input` and `--target` text for the first rows of a template's training data. */
function firstRows(model: NetloomModel, rows: number): { input: string; target: string } {
  // the deep templates train on a generated set (circle)
  const { train } = generateDataset(model.training!.dataset! as GeneratedDatasetName, { seed: model.training!.seed!, outputSize: 1 });
  const row = (values: Float32Array, width: number, r: number) => Array.from(values.subarray(r * width, (r + 1) * width)).join(',');
  const pick = (values: Float32Array, width: number) => Array.from({ length: rows }, (_, r) => row(values, width, r)).join(';');
  return { input: pick(train.x, 2), target: pick(train.y, 1) };
}

const kernelNorm = (grads: Record<string, { kernel: number[][] }>, id: string) => Math.hypot(...grads[id]!.kernel.flat());

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

  it('runs in training mode and reports every trainable tensor: BatchNorm’s gamma and beta, never its moving statistics', async () => {
    const file = await tmp.writeModel('bn.json', batchNormModel());
    // Rows 1 and 3: batch mean 2, variance 1, so x̂ = ∓1/√1.001 and y = 2x̂ + 0.5. With zero
    // targets dL/dy = y: dbeta = Σ y = 1 (x̂ sums to 0), dgamma = Σ y x̂ = 2 Σ x̂² = 4 / 1.001.
    const run = await cli('grad', file, '--input', '1;3', '--target', '0;0');
    expect(run.code).toBe(0);
    const { grads } = JSON.parse(run.stdout[0]!);
    expect(Object.keys(grads.bn)).toEqual(['gamma', 'beta']);
    expect(grads.bn.gamma[0]).toBeCloseTo(4 / 1.001, 5);
    expect(grads.bn.beta[0]).toBeCloseTo(1, 5);
  });

  it('refuses one row for a BatchNorm network, saying why (exit 2)', async () => {
    const run = await cli('grad', await tmp.writeModel('bn.json', batchNormModel()), '--input', '3', '--target', '0');
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toBe(
      'error: BatchNorm node "bn" needs at least 2 rows in a training batch: it normalises each feature over the batch, ' +
        'and one row has no variance; give --input at least 2 rows',
    );
  });

  it('shows identity skips restoring the first layer: its gradient, relative to the last hidden layer’s, ≥ 1,000× the plain deep sigmoid’s', async () => {
    // One batch of the templates' own training data (circle, seed 1), both networks drawn from that seed.
    const ratio = async (templateId: string) => {
      const model = TEMPLATES.find((template) => template.id === templateId)!.create();
      const { input, target } = firstRows(model, 16);
      const run = await cli('grad', await tmp.writeModel(`${templateId}.json`, model), '--input', input, '--target', target);
      const { grads } = JSON.parse(run.stdout[0]!);
      return kernelNorm(grads, 'dense1') / kernelNorm(grads, 'dense10');
    };
    const plain = await ratio('deep-sigmoid');
    const residual = await ratio('residual-deep-sigmoid');
    expect(plain).toBeLessThan(1e-5);
    expect(residual).toBeGreaterThan(1e-2);
    expect(residual / plain).toBeGreaterThanOrEqual(1000);
  });
});
