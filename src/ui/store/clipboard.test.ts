import { describe, expect, it } from 'vitest';
import { xorTemplate } from '../../model/index.ts';
import { duplicateSubgraph, extractSubgraph, PASTE_OFFSET } from './clipboard.ts';
import { nextNodeId, takenIds } from './nodeIds.ts';

describe('nextNodeId', () => {
  it('uses the first free number for the kind', () => {
    expect(nextNodeId('dense', new Set(['dense1', 'dense3']))).toBe('dense2');
    expect(nextNodeId('activation', new Set())).toBe('act1');
  });
});

describe('copy and paste', () => {
  const model = xorTemplate();

  it('copies the chosen nodes and only the wires among them', () => {
    const copied = extractSubgraph(model, ['dense1', 'act1', 'loss']);
    expect(copied.nodes.map((node) => node.id)).toEqual(['dense1', 'act1', 'loss']);
    expect(copied.edges).toEqual([{ source: 'dense1', target: 'act1' }]);
  });

  it('duplicates with fresh ids, rewired among themselves and shifted', () => {
    const copies = duplicateSubgraph(extractSubgraph(model, ['dense1', 'act1']), takenIds(model.nodes));
    expect(copies.nodes.map((node) => node.id)).toEqual(['dense3', 'act3']);
    expect(copies.edges).toEqual([{ source: 'dense3', target: 'act3' }]);
    const original = model.nodes.find((node) => node.id === 'dense1')!;
    expect(copies.nodes[0]!.params).toEqual(original.params);
    expect(copies.nodes[0]!.position).toEqual({ x: original.position!.x + PASTE_OFFSET.x, y: original.position!.y + PASTE_OFFSET.y });
  });

  it('gives two copies of the same kind different ids', () => {
    const copies = duplicateSubgraph(extractSubgraph(model, ['dense1', 'dense2']), takenIds(model.nodes));
    expect(copies.nodes.map((node) => node.id)).toEqual(['dense3', 'dense4']);
  });
});
