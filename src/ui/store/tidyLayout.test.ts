import { describe, expect, it } from 'vitest';
import { deepTemplate, xorTemplate, type NetloomModel } from '../../model/index.ts';
import { tidyChainPositions, tidyPositions, withTidyLayout } from './tidyLayout.ts';

const WIDE = { width: 2400, height: 500 };

/** The node ids of each row, top to bottom, each row left to right. */
function rowsOf(model: NetloomModel, positions: Record<string, { x: number; y: number }>): string[][] {
  const tops = [...new Set(model.nodes.map((node) => positions[node.id]!.y))].sort((a, b) => a - b);
  return tops.map((y) =>
    model.nodes
      .filter((node) => positions[node.id]!.y === y)
      .sort((a, b) => positions[a.id]!.x - positions[b.id]!.x)
      .map((node) => node.id),
  );
}

describe('tidyPositions', () => {
  it('puts a chain left to right in data-flow order, on one row when the canvas is wide enough', async () => {
    const model = xorTemplate();
    // Scramble the document order: the layout follows the wires, not the list.
    const positions = await tidyPositions({ ...model, nodes: [...model.nodes].reverse() }, {}, WIDE);
    expect(rowsOf(model, positions)).toEqual([model.nodes.map((node) => node.id)]);
  });

  it('wraps a long stack into even rows shaped to the canvas, each read left to right', async () => {
    const model = deepTemplate('relu');
    const positions = await tidyPositions(model, {}, { width: 840, height: 380 });
    const rows = rowsOf(model, positions);
    // 24 nodes: input, 11 × (dense, activation), loss.
    expect(rows.map((row) => row.length)).toEqual([6, 6, 6, 6]);
    expect(rows[0]).toEqual(['input', 'dense1', 'act1', 'dense2', 'act2', 'dense3']);
    expect(positions.act3!.x).toBe(positions.input!.x);
  });

  it('gives a small network fewer, larger rows on a canvas too narrow for one', () => {
    const model = xorTemplate();
    expect(rowsOf(model, tidyChainPositions(model, {}, { width: 840, height: 380 })!).map((row) => row.length)).toEqual([3, 3]);
    expect(rowsOf(model, tidyChainPositions(model, {}, { width: 390, height: 420 })!).length).toBeGreaterThanOrEqual(3);
  });

  it('lines up the tops of nodes of different heights, so their wires run straight', async () => {
    const positions = await tidyPositions(xorTemplate(), { dense1: { width: 132, height: 140 } }, WIDE);
    expect(positions.dense1!.y).toBe(positions.input!.y);
  });

  it('leaves room for measured sizes', async () => {
    const model = xorTemplate();
    const wide = await tidyPositions(model, { input: { width: 400, height: 80 } }, WIDE);
    const narrow = await tidyPositions(model, { input: { width: 100, height: 80 } }, WIDE);
    expect(wide.dense1!.x - wide.input!.x).toBeGreaterThan(narrow.dense1!.x - narrow.input!.x);
  });

  it('lays out a graph that is not one chain with the layout library', async () => {
    const model = xorTemplate();
    const forked = { ...model, edges: [...model.edges, { source: 'input', target: 'dense2' }] };
    expect(tidyChainPositions(forked)).toBeNull();
    const positions = await tidyPositions(forked, {}, WIDE);
    expect(Object.keys(positions).sort()).toEqual(model.nodes.map((node) => node.id).sort());
    expect(positions.dense1!.x).toBeGreaterThan(positions.input!.x);
  });
});

describe('withTidyLayout', () => {
  it('changes positions only', () => {
    const model = xorTemplate();
    const tidied = withTidyLayout(model);
    expect(tidied.nodes.map(({ position: _, ...rest }) => rest)).toEqual(model.nodes.map(({ position: _, ...rest }) => rest));
    expect(tidied.edges).toEqual(model.edges);
    expect(tidied.nodes.map((node) => node.position)).not.toEqual(model.nodes.map((node) => node.position));
  });
});
