import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { xorTemplate } from '../../model/index.ts';
import { structureChanged } from './structure.ts';

describe('structureChanged', () => {
  const model = xorTemplate();

  it('is false for moves, settings and weights', () => {
    const edited = produce(model, (draft) => {
      draft.nodes[1]!.position = { x: 5, y: 5 };
      draft.training!.lr = 0.5;
      draft.weights = { dense2: { kernel: [[1, 1, 1, 1, 1, 1, 1, 1]] } };
    });
    expect(structureChanged(model, edited)).toBe(false);
  });

  it('is true for params, wires and nodes', () => {
    const params = produce(model, (draft) => {
      draft.nodes[1]!.params = { units: 3 };
    });
    const wires = produce(model, (draft) => {
      draft.edges.pop();
    });
    const nodes = produce(model, (draft) => {
      draft.nodes.push({ id: 'extra', type: 'dense', params: { units: 2 } });
    });
    expect([params, wires, nodes].map((edited) => structureChanged(model, edited))).toEqual([true, true, true]);
  });
});
