import { describe, expect, it } from 'vitest';
import { xorTemplate } from '../../model/index.ts';
import { connectionRefusal } from './connectionRefusal.ts';

const model = {
  ...xorTemplate(),
  nodes: [...xorTemplate().nodes, { id: 'dense3', type: 'dense' as const, params: { units: 2 } }],
};

describe('connectionRefusal', () => {
  it('orders the ends whichever one the drag started from', () => {
    expect(connectionRefusal(model, { nodeId: 'dense1', handle: 'target', port: 'in0' }, { nodeId: 'act2', handle: 'source', port: 'out' })).toMatch(/already has an input/);
    expect(connectionRefusal(model, { nodeId: 'dense3', handle: 'target', port: 'in0' }, { nodeId: 'act2', handle: 'source', port: 'out' })).toBeNull();
  });

  it('refuses output to output and input to input', () => {
    expect(connectionRefusal(model, { nodeId: 'dense1', handle: 'source', port: 'out' }, { nodeId: 'dense3', handle: 'source', port: 'out' })).toMatch(/from an output/);
    expect(connectionRefusal(model, { nodeId: 'dense1', handle: 'target', port: 'in0' }, { nodeId: 'dense3', handle: 'target', port: 'in0' })).toMatch(/from an output/);
  });

  it('passes on the compiler’s reason for a self-loop', () => {
    expect(connectionRefusal(model, { nodeId: 'dense3', handle: 'source', port: 'out' }, { nodeId: 'dense3', handle: 'target', port: 'in0' })).toMatch(/itself/);
  });
});
