import { describe, expect, it } from 'vitest';
import { xorTemplate, type NetloomModel } from '../../model/index.ts';
import { focusAfterDelete } from './focusAfterDelete.ts';

/** input → dense1 → act1 → dense2 → act2 → loss, then a free dense3 at the end of the document. */
const model: NetloomModel = { ...xorTemplate(), nodes: [...xorTemplate().nodes, { id: 'dense3', type: 'dense', params: { units: 2 } }] };

describe('focusAfterDelete', () => {
  it('moves to the node a deleted node fed, else to the one that fed it', () => {
    expect(focusAfterDelete(model, ['dense1'], [])).toBe('act1');
    expect(focusAfterDelete(model, ['loss'], [])).toBe('act2');
    expect(focusAfterDelete(model, ['dense1', 'act1'], [])).toBe('input');
  });

  it('moves to the next node in the document, else the one before, for a node with no wires', () => {
    expect(focusAfterDelete(model, ['dense3'], [])).toBe('loss');
    const first: NetloomModel = { ...model, nodes: [model.nodes[6]!, ...model.nodes.slice(0, 6)] };
    expect(focusAfterDelete(first, ['dense3'], [])).toBe('input');
  });

  it('moves to a deleted wire’s source', () => {
    expect(focusAfterDelete(model, [], [1])).toBe('dense1');
  });

  it('gives null when no node is left', () => {
    expect(focusAfterDelete(model, model.nodes.map((node) => node.id), [])).toBeNull();
  });
});
