import { describe, expect, it } from 'vitest';
import { deepTemplate, loadModel, xorTemplate, type NetloomModel } from '../../model/index.ts';
import { prototypeNamedChain, prototypeState } from '../../model/prototypeNames.testkit.ts';
import { tidyChainPositions, tidyPositions, withTidyLayout } from './tidyLayout.ts';

const WIDE = { width: 2400, height: 500 };

/** The node ids of each row, top to bottom, each row left to right. */
function rowsOf(model: NetloomModel, positions: ReadonlyMap<string, { x: number; y: number }>): string[][] {
  const at = (id: string) => positions.get(id)!;
  const tops = [...new Set(model.nodes.map((node) => at(node.id).y))].sort((a, b) => a - b);
  return tops.map((y) =>
    model.nodes
      .filter((node) => at(node.id).y === y)
      .sort((a, b) => at(a.id).x - at(b.id).x)
      .map((node) => node.id),
  );
}

describe('tidyPositions', () => {
  it('puts a chain left to right in data-flow order, on one row when the canvas is wide enough', async () => {
    const model = xorTemplate();
    // Scramble the document order: the layout follows the wires, not the list.
    const positions = await tidyPositions({ ...model, nodes: [...model.nodes].reverse() }, new Map(), WIDE);
    expect(rowsOf(model, positions)).toEqual([model.nodes.map((node) => node.id)]);
  });

  it('wraps a stack too long for the canvas at full size into rows as wide as the canvas, each read left to right', async () => {
    const model = deepTemplate('relu');
    const positions = await tidyPositions(model, new Map(), { width: 840, height: 380 });
    const rows = rowsOf(model, positions);
    // 24 nodes: input, 11 × (dense, activation), loss; four 132 px nodes and their gaps fit in 840 − 76 px, five do not.
    expect(rows.map((row) => row.length)).toEqual([4, 4, 4, 4, 4, 4]);
    expect(rows[0]).toEqual(['input', 'dense1', 'act1', 'dense2']);
    expect(positions.get('act2')!.x).toBe(positions.get('input')!.x);
  });

  it('gives a small network fewer, larger rows on a canvas too narrow for one', () => {
    const model = xorTemplate();
    expect(rowsOf(model, tidyChainPositions(model, new Map(), { width: 840, height: 380 })!).map((row) => row.length)).toEqual([3, 3]);
    expect(rowsOf(model, tidyChainPositions(model, new Map(), { width: 390, height: 420 })!).length).toBeGreaterThanOrEqual(3);
  });

  it('lines up the tops of nodes of different heights, so their wires run straight', async () => {
    const positions = await tidyPositions(xorTemplate(), new Map([['dense1', { width: 132, height: 140 }]]), WIDE);
    expect(positions.get('dense1')!.y).toBe(positions.get('input')!.y);
  });

  it('leaves room for measured sizes', async () => {
    const model = xorTemplate();
    const wide = await tidyPositions(model, new Map([['input', { width: 400, height: 80 }]]), WIDE);
    const narrow = await tidyPositions(model, new Map([['input', { width: 100, height: 80 }]]), WIDE);
    const gap = (positions: ReadonlyMap<string, { x: number }>) => positions.get('dense1')!.x - positions.get('input')!.x;
    expect(gap(wide)).toBeGreaterThan(gap(narrow));
  });

  it('lays out a graph that is not one chain with the layout library', async () => {
    const model = xorTemplate();
    const forked = { ...model, edges: [...model.edges, { source: 'input', target: 'dense2' }] };
    expect(tidyChainPositions(forked)).toBeNull();
    const positions = await tidyPositions(forked, new Map(), WIDE);
    expect([...positions.keys()].sort()).toEqual(model.nodes.map((node) => node.id).sort());
    expect(positions.get('dense1')!.x).toBeGreaterThan(positions.get('input')!.x);
  });

  it('lays out a graph with branches whose node ids are names of Object.prototype', async () => {
    const model = loadModel(prototypeNamedChain());
    if (!model.ok) throw new Error('the prototype-named chain does not load');
    const [first, second] = model.model.nodes;
    const forked = { ...model.model, edges: [...model.model.edges, { source: first!.id, target: model.model.nodes[3]!.id }] };
    const before = prototypeState();
    const positions = await tidyPositions(forked, new Map(), WIDE);
    expect(prototypeState()).toEqual(before);
    expect([...positions.keys()]).toEqual(forked.nodes.map((node) => node.id));
    expect(positions.get(second!.id)!.x).toBeGreaterThan(positions.get(first!.id)!.x);
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
