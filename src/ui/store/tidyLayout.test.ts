import { describe, expect, it } from 'vitest';
import { deepTemplate, xorTemplate } from '../../model/index.ts';
import { tidyPositions, withTidyLayout } from './tidyLayout.ts';

describe('tidyPositions', () => {
  it('puts the stack left to right in data-flow order, on one row', () => {
    const model = xorTemplate();
    // Scramble the document order: the layout follows the wires, not the list.
    const positions = tidyPositions({ ...model, nodes: [...model.nodes].reverse() }, new Map());
    const xs = model.nodes.map((node) => positions.get(node.id)!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
    expect(new Set(model.nodes.map((node) => positions.get(node.id)!.y)).size).toBe(1);
  });

  it('wraps a long stack onto rows of at most maxColumns layers, each read left to right', () => {
    const model = deepTemplate('relu');
    const positions = tidyPositions(model, new Map(), 6);
    const rowTops = [...new Set(model.nodes.map((node) => positions.get(node.id)!.y))];
    const rows = rowTops.map((y) => model.nodes.filter((node) => positions.get(node.id)!.y === y).map((node) => node.id));
    // 24 nodes: input, 11 × (dense, activation), loss.
    expect(rows.map((row) => row.length)).toEqual([6, 6, 6, 6]);
    expect(rows[0]).toEqual(['input', 'dense1', 'act1', 'dense2', 'act2', 'dense3']);
    expect(positions.get('act3')!.x).toBe(positions.get('input')!.x);
  });

  it('lines up the tops of nodes of different heights, so their wires run straight', () => {
    const positions = tidyPositions(xorTemplate(), new Map([['dense1', { width: 132, height: 140 }]]));
    expect(positions.get('dense1')!.y).toBe(positions.get('input')!.y);
  });

  it('leaves room for measured sizes', () => {
    const model = xorTemplate();
    const wide = tidyPositions(model, new Map([['input', { width: 400, height: 80 }]]));
    const narrow = tidyPositions(model, new Map([['input', { width: 100, height: 80 }]]));
    expect(wide.get('dense1')!.x - wide.get('input')!.x).toBeGreaterThan(narrow.get('dense1')!.x - narrow.get('input')!.x);
  });

  it('withTidyLayout changes positions only', () => {
    const model = xorTemplate();
    const tidied = withTidyLayout(model);
    expect(tidied.nodes.map(({ position: _, ...rest }) => rest)).toEqual(model.nodes.map(({ position: _, ...rest }) => rest));
    expect(tidied.edges).toEqual(model.edges);
  });
});
