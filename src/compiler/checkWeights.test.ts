import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { batchNorm, chain, dense, errorsOf, graph, input, layerNorm, loss } from './testModels.ts';

describe('checkWeights (through compile)', () => {
  const withWeights = (kernel: number[][], bias?: number[], useBias?: boolean) =>
    graph([input('x', 2), dense('h', 3, useBias), loss('L', 'mse')], chain('x', 'h', 'L'), {
      weights: { h: bias ? { kernel, bias } : { kernel } },
    });
  const rows = (n: number, width: number) => Array.from({ length: n }, () => new Array<number>(width).fill(0));

  it('says the expected and the actual kernel shape', () => {
    const [error] = errorsOf(withWeights(rows(2, 3), [0, 0, 0]));
    expect(error).toEqual({
      code: 'weights_shape',
      nodeIds: ['h'],
      message: 'weights for Dense node "h": kernel is 2×3, expected 3×2 ([units][inputs])',
    });
  });

  it('points at a kernel row of the wrong length', () => {
    const kernel = [[0, 0], [0], [0, 0]];
    expect(errorsOf(withWeights(kernel))[0]!.message).toBe(
      'weights for Dense node "h": kernel rows differ in length (row 0 has 2, row 1 has 1), expected 3×2 ([units][inputs])',
    );
  });

  it('checks the bias length', () => {
    expect(errorsOf(withWeights(rows(3, 2), [0]))[0]!.message).toBe(
      'weights for Dense node "h": bias has 1 number, expected 3 (one per unit)',
    );
  });

  it('refuses a bias on a layer without one, but accepts a missing bias', () => {
    expect(errorsOf(withWeights(rows(3, 2), [0, 0, 0], false))[0]!.message).toBe(
      'weights for Dense node "h": "bias" is stored, but the node has no such tensor with its current params',
    );
    expect(compile(withWeights(rows(3, 2))).ok).toBe(true);
  });
});

describe('checkWeights: normalisation tensors', () => {
  const withBatchNorm = (stored: Record<string, number[]>) =>
    graph([input('x', 2), dense('h', 3), batchNorm('bn'), loss('L', 'mse')], chain('x', 'h', 'bn', 'L'), { weights: { bn: stored } });

  it('accepts gamma, beta and the moving statistics, one number per feature', () => {
    expect(compile(withBatchNorm({ gamma: [1, 1, 1], beta: [0, 0, 0], movingMean: [0, 1, 2], movingVariance: [1, 0, 3] })).ok).toBe(true);
  });

  it('refuses a negative moving variance, naming the feature', () => {
    expect(errorsOf(withBatchNorm({ movingVariance: [1, -0.5, 1] }))[0]!.message).toBe(
      'weights for BatchNorm node "bn": movingVariance is -0.5 for feature 1, but it cannot be negative',
    );
  });

  it('says how many numbers a LayerNorm gamma needs', () => {
    const model = graph([input('x', 2), dense('h', 3), layerNorm('ln'), loss('L', 'mse')], chain('x', 'h', 'ln', 'L'), { weights: { ln: { gamma: [1, 1] } } });
    expect(errorsOf(model)[0]!.message).toBe('weights for LayerNorm node "ln": gamma has 2 numbers, expected 3 (one per feature)');
  });
});
