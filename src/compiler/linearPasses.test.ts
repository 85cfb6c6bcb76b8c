import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { countOperations } from './operationCount.testkit.ts';
import { concatenate, dense, graph, input, loss, type Wire } from './testModels.ts';
import type { NetloomModel } from '../model/index.ts';

/**
 * Issue 15 item 8: every compiler pass is linear in the size of the graph. Each case compiles
 * a graph of n and of 2n parts: twice the parts may take about twice the steps, never four times.
 */
const cases: [string, (n: number) => NetloomModel][] = [
  ['the same wire n times into one node', (n) => graph([input('x', 2), dense('h', 1), loss('L', 'mse')], [...repeat(n, ['x', 'h'] as Wire), ['h', 'L']])],
  ['n different nodes wired into one one-input node', (n) => fanIn(n, dense('h', 1))],
  ['n wires into one port of a merge node', (n) => fanIn(n, concatenate('h', 2), 'in0')],
  ['n nodes each wired to itself (n loops)', (n) => graph([input('x', 2), ...ids(n).map((id) => dense(id, 1))], ids(n).map((id) => [id, id] as Wire))],
  ['one loop through n nodes', (n) => graph([input('x', 2), ...ids(n).map((id) => dense(id, 1))], ids(n).map((id, i, all) => [id, all[(i + 1) % n]!] as Wire))],
  ['a chain of n layers', (n) => graph([input('x', 2), ...ids(n).map((id) => dense(id, 2)), loss('L', 'mse')], chainOf(['x', ...ids(n), 'L']))],
];

describe('compile takes steps in proportion to the graph (issue 15 item 8)', () => {
  it.each(cases)('%s', (_, build) => {
    const small = countOperations(() => compile(build(2000)));
    const large = countOperations(() => compile(build(4000)));
    expect(large / small).toBeLessThan(2.3);
  });
});

function repeat<T>(n: number, item: T): T[] {
  return Array.from({ length: n }, () => item);
}

function ids(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `n${i}`);
}

function chainOf(nodes: string[]): Wire[] {
  return nodes.slice(1).map((id, i) => [nodes[i]!, id]);
}

/** n dense nodes fed by the input, all wired into `target` (into `port` when given), then the loss. */
function fanIn(n: number, target: ReturnType<typeof dense>, port?: string): NetloomModel {
  const sources = ids(n);
  const wires: Wire[] = sources.flatMap((id): Wire[] => [['x', id], port ? [id, target.id, port] : [id, target.id]]);
  return graph([input('x', 2), ...sources.map((id) => dense(id, 1)), target, loss('L', 'mse')], [...wires, [target.id, 'L']]);
}
