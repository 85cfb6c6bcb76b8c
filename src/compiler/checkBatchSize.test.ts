import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { batchNorm, chain, dense, dropout, errorsOf, graph, input, layerNorm, loss } from './testModels.ts';

const withNode = (middle: ReturnType<typeof batchNorm>, batchSize?: number) =>
  graph([input('x', 2), dense('h', 3), middle, dense('o', 1), loss('L', 'mse')], chain('x', 'h', middle.id, 'o', 'L'), {
    training: batchSize === undefined ? {} : { batchSize },
  });

describe('checkBatchSize (through compile)', () => {
  it('refuses a BatchNorm node with a batch size of 1, saying why, on the node', () => {
    expect(errorsOf(withNode(batchNorm('bn'), 1))).toEqual([
      {
        code: 'batch_size',
        nodeIds: ['bn'],
        message:
          'BatchNorm node "bn" normalises each feature over the rows of a training batch, so it needs a batch size of at least 2; the batch size is 1',
      },
    ]);
  });

  it('checks the batch size given to the compiler over the model’s own', () => {
    expect(compile(withNode(batchNorm('bn'), 1), { batchSize: 2 }).ok).toBe(true);
    expect(compile(withNode(batchNorm('bn'), 16), { batchSize: 1 }).ok).toBe(false);
    expect(compile(withNode(batchNorm('bn'))).ok).toBe(true);
  });

  it('lets kinds that work row by row train on batches of one', () => {
    expect(compile(withNode(layerNorm('ln'), 1)).ok).toBe(true);
    expect(compile(withNode(dropout('d', 0.5), 1)).ok).toBe(true);
  });
});
