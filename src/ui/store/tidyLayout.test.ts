import { describe, expect, it } from 'vitest';
import { xorTemplate } from '../../model/index.ts';
import { tidyPositions, withTidyLayout } from './tidyLayout.ts';

describe('tidyPositions', () => {
  it('puts the stack left to right in data-flow order, on one row', () => {
    const model = xorTemplate();
    // Scramble the document order: the layout follows the wires, not the list.
    const positions = tidyPositions({ ...model, nodes: [...model.nodes].reverse() }, {});
    const xs = model.nodes.map((node) => positions[node.id]!.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
    expect(new Set(model.nodes.map((node) => positions[node.id]!.y)).size).toBe(1);
  });

  it('leaves room for measured sizes', () => {
    const model = xorTemplate();
    const wide = tidyPositions(model, { input: { width: 400, height: 80 } });
    const narrow = tidyPositions(model, { input: { width: 100, height: 80 } });
    expect(wide.dense1!.x - wide.input!.x).toBeGreaterThan(narrow.dense1!.x - narrow.input!.x);
  });

  it('withTidyLayout changes positions only', () => {
    const model = xorTemplate();
    const tidied = withTidyLayout(model);
    expect(tidied.nodes.map(({ position: _, ...rest }) => rest)).toEqual(model.nodes.map(({ position: _, ...rest }) => rest));
    expect(tidied.edges).toEqual(model.edges);
  });
});
