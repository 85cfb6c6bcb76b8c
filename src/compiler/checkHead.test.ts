import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { activation, chain, dense, errorsOf, graph, input, loss } from './testModels.ts';

describe('checkHead (through compile)', () => {
  const head = (last: ReturnType<typeof activation> | undefined, fn: Parameters<typeof loss>[1]) => {
    const nodes = [input('x', 2), dense('o', 2), ...(last ? [last] : []), loss('L', fn)];
    return graph(nodes, chain(...nodes.map((node) => node.id)));
  };

  it('asks for a Softmax before cross_entropy', () => {
    const [error] = errorsOf(head(undefined, 'cross_entropy'));
    expect(error).toMatchObject({ code: 'loss_head', nodeIds: ['L', 'o'] });
    expect(error!.message).toBe(
      'Loss node "L" uses cross_entropy, which needs class probabilities that sum to 1 from a softmax: add a Softmax activation before the loss',
    );
  });

  it('asks to change a wrong activation before binary_cross_entropy to a sigmoid', () => {
    const [error] = errorsOf(head(activation('a', 'tanh'), 'binary_cross_entropy'));
    expect(error).toMatchObject({ code: 'loss_head', nodeIds: ['L', 'a'] });
    expect(error!.message).toMatch(/change Activation node "a" from tanh to sigmoid$/);
  });

  it('accepts the matching heads, and any head for mse', () => {
    expect(compile(head(activation('a', 'softmax'), 'cross_entropy')).ok).toBe(true);
    expect(compile(head(activation('a', 'sigmoid'), 'binary_cross_entropy')).ok).toBe(true);
    expect(compile(head(activation('a', 'softmax'), 'mse')).ok).toBe(true);
    expect(compile(head(undefined, 'mse')).ok).toBe(true);
  });
});
