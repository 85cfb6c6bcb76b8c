import { describe, expect, it } from 'vitest';
import { buildGraph, findLoops, reachable, tracePath } from './topology.ts';
import { chain, dense, graph } from './testModels.ts';

const nodes = (...ids: string[]) => ids.map((id) => dense(id, 1));

describe('topology', () => {
  it('finds each loop once, and none in a chain', () => {
    const looped = buildGraph(graph(nodes('a', 'b', 'c', 'd', 'e'), [...chain('a', 'b', 'c', 'a'), ...chain('d', 'e', 'd')]));
    expect(findLoops(looped)).toEqual([['a', 'b', 'c'], ['d', 'e']]);
    expect(findLoops(buildGraph(graph(nodes('a', 'b', 'c'), chain('a', 'b', 'c'))))).toEqual([]);
  });

  it('traces the shortest loop through the first node of a tangle', () => {
    const tangle = buildGraph(
      graph(nodes('a', 'b', 'c', 'd'), [['a', 'b'], ['b', 'c'], ['c', 'b'], ['c', 'd'], ['d', 'a'], ['b', 'd']]),
    );
    const [loop] = findLoops(tangle);
    expect(loop).toEqual(['a', 'b', 'c', 'd']);
    expect(tracePath(tangle, loop!)).toEqual(['a', 'b', 'd', 'a']);
  });

  it('walks a chain of 20 000 nodes without overflowing the stack', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `n${i}`);
    const long = buildGraph(graph(nodes(...ids), [...chain(...ids), [ids.at(-1)!, ids[0]!]]));
    expect(findLoops(long)[0]).toHaveLength(20_000);
  });

  it('follows edges forward or backward', () => {
    const g = buildGraph(graph(nodes('a', 'b', 'c'), chain('a', 'b', 'c')));
    expect([...reachable(g, ['b'], 'forward')]).toEqual(['b', 'c']);
    expect([...reachable(g, ['b'], 'backward')]).toEqual(['b', 'a']);
  });

  it('ignores an edge whose end no longer exists (the editor compiles mid-delete)', () => {
    const g = buildGraph(graph(nodes('a'), [['a', 'gone']]));
    expect(g.next.get('a')).toEqual([]);
  });
});
