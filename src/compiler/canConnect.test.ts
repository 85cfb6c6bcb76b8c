import { describe, expect, it } from 'vitest';
import { canConnect } from './canConnect.ts';
import { activation, chain, dense, graph, input, loss } from './testModels.ts';

// x → h → a, with o and L not wired yet.
const model = graph(
  [input('x', 2), dense('h', 4), activation('a', 'relu'), dense('o', 1), loss('L', 'mse')],
  chain('x', 'h', 'a'),
);

const reasonFor = (source: string, target: string) => {
  const check = canConnect(model, { source, target });
  return check.ok ? undefined : check.reason;
};

describe('canConnect', () => {
  it('allows extending the stack', () => {
    expect(canConnect(model, { source: 'a', target: 'o' })).toEqual({ ok: true });
    expect(canConnect(model, { source: 'o', target: 'L' })).toEqual({ ok: true });
  });

  it('refuses a wire from a node to itself', () => {
    expect(reasonFor('h', 'h')).toBe('a node cannot connect to itself');
  });

  it('refuses wires in the wrong direction', () => {
    expect(reasonFor('L', 'o')).toBe('Loss node "L" is the end of the network: wires go into it, not out of it');
    expect(reasonFor('o', 'x')).toBe('Input node "x" is the start of the network: wires go out of it, not into it');
  });

  it('refuses a duplicate wire', () => {
    expect(reasonFor('x', 'h')).toBe('Input node "x" is already connected to "h"');
  });

  it('refuses a second input into a node', () => {
    expect(reasonFor('o', 'a')).toBe('Activation node "a" already has an input (from "h"); this version trains layer stacks, one input per node');
  });

  it('refuses a wire that closes a loop', () => {
    const open = graph([dense('p', 1), dense('q', 1), dense('r', 1)], chain('p', 'q', 'r'));
    expect(canConnect(open, { source: 'r', target: 'p' })).toEqual({
      ok: false,
      reason: 'this wire would make a loop: "p" already feeds "r"',
    });
  });

  it('refuses unknown node ids', () => {
    expect(reasonFor('nope', 'o')).toBe('there is no node "nope"');
  });
});
