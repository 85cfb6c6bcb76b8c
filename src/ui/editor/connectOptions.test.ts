import { describe, expect, it } from 'vitest';
import { canConnect } from '../../compiler/index.ts';
import { xorTemplate, type NetloomModel } from '../../model/index.ts';
import { connectOptions, wireBetween } from './connectOptions.ts';
import type { WireEnd } from './connectionRefusal.ts';

/** XOR's chain input → dense1 → act1 → dense2 → act2 → loss, plus a free Dense and a free Add. */
const model: NetloomModel = {
  ...xorTemplate(),
  nodes: [
    ...xorTemplate().nodes,
    { id: 'dense3', type: 'dense', params: { units: 2 } },
    { id: 'sum', type: 'add', params: { inputs: 2 } },
  ],
};

const labels = (from: WireEnd) => connectOptions(model, from).map((option) => option.label);

describe('connectOptions', () => {
  it('offers from an output every free input port, and no wire the rules refuse', () => {
    // dense1, dense2 and the loss already have their input; act1 cannot feed itself; input has no input.
    expect(labels({ nodeId: 'act1', handle: 'source', port: 'out' })).toEqual(['Dense dense3', 'Add sum · in0', 'Add sum · in1']);
  });

  it('offers into an input every output that can feed it, and none that would close a loop', () => {
    expect(labels({ nodeId: 'dense3', handle: 'target', port: 'in0' })).toEqual([
      'Input input',
      'Dense dense1',
      'Activation act1',
      'Dense dense2',
      'Activation act2',
      'Add sum',
    ]);
    const looped: NetloomModel = { ...model, edges: [...model.edges, { source: 'dense3', target: 'sum', targetHandle: 'in0' }] };
    expect(connectOptions(looped, { nodeId: 'dense3', handle: 'target', port: 'in0' }).map((option) => option.end.nodeId)).not.toContain('sum');
  });

  it('offers exactly the wires the compiler accepts, from either end', () => {
    const ends: WireEnd[] = model.nodes.flatMap((node) => [
      { nodeId: node.id, handle: 'source' as const, port: 'out' },
      ...['in0', 'in1'].map((port) => ({ nodeId: node.id, handle: 'target' as const, port })),
    ]);
    for (const from of ends) {
      const offered = connectOptions(model, from).map((option) => option.end);
      const accepted = ends.filter((to) => to.handle !== from.handle && canConnect(model, wireBetween(from, to)).ok);
      expect(offered).toEqual(accepted);
    }
  });
});
