import { describe, expect, it } from 'vitest';
import { deepNetwork } from './deepNetwork.ts';
import { layerStack } from './templates.ts';
import type { NetloomModel } from './types.ts';

const wires = (model: NetloomModel) => model.edges.map((edge) => `${edge.source}→${edge.target}${edge.targetHandle ? `:${edge.targetHandle}` : ''}`);
const types = (model: NetloomModel) => model.nodes.map((node) => node.type);

describe('deepNetwork', () => {
  it('builds the plain stack exactly as layerStack does (same ids, wires and layout)', () => {
    const hidden = Array.from({ length: 4 }, () => ({ units: 6, fn: 'tanh' as const }));
    expect(deepNetwork({ fn: 'tanh', depth: 4, width: 6 })).toEqual(layerStack(2, [...hidden, { units: 1, fn: 'sigmoid' }], 'binary_cross_entropy'));
  });

  it('puts a normalisation node after each hidden dense layer, before its activation', () => {
    const model = deepNetwork({ fn: 'sigmoid', depth: 3, width: 4, normalization: 'batch_norm' });
    expect(wires(model)).toEqual([
      'input→dense1', 'dense1→bn1', 'bn1→act1', 'act1→dense2', 'dense2→bn2', 'bn2→act2',
      'act2→dense3', 'dense3→bn3', 'bn3→act3', 'act3→dense4', 'dense4→act4', 'act4→loss',
    ]);
    expect(model.nodes.find((node) => node.id === 'bn2')!.params).toEqual({ momentum: 0.99, epsilon: 0.001 });
    expect(deepNetwork({ fn: 'sigmoid', depth: 2, width: 4, normalization: 'layer_norm' }).nodes.map((node) => node.id)).toContain('ln2');
  });

  it('joins each block after the first to its input with an Add: the path back to dense1 runs through Adds alone', () => {
    const model = deepNetwork({ fn: 'sigmoid', depth: 3, width: 4, residual: true });
    expect(wires(model)).toEqual([
      'input→dense1',
      'dense1→act1', 'act1→dense2', 'dense2→add2:in0', 'dense1→add2:in1',
      'add2→act2', 'act2→dense3', 'dense3→add3:in0', 'add2→add3:in1',
      'add3→act3', 'act3→dense4', 'dense4→act4', 'act4→loss',
    ]);
    expect(types(model).filter((type) => type === 'activation')).toHaveLength(4);
  });

  it('sets the initializer on the hidden layers only; the output layer keeps auto', () => {
    const model = deepNetwork({ fn: 'relu', depth: 2, width: 4, init: 'he_normal' });
    const dense = model.nodes.filter((node) => node.type === 'dense').map((node) => node.params);
    expect(dense).toEqual([{ units: 4, init: 'he_normal' }, { units: 4, init: 'he_normal' }, { units: 1 }]);
  });
});
