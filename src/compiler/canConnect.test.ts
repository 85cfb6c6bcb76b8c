import { describe, expect, it } from 'vitest';
import { canConnect } from './canConnect.ts';
import { activation, add, chain, concatenate, dense, graph, input, loss } from './testModels.ts';

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
    expect(reasonFor('o', 'a')).toBe('Activation node "a" already has an input (from "h"); join branches with an Add or Concatenate node');
  });

  it('allows fan-out: one output feeding several nodes', () => {
    expect(canConnect(model, { source: 'h', target: 'o' })).toEqual({ ok: true });
  });

  describe('into a merge node', () => {
    // x → h(4) → cat.in0, cat.in1 free; a second dense g(3) not wired.
    const merging = graph(
      [input('x', 2), dense('h', 4), dense('g', 3), concatenate('cat'), loss('L', 'mse')],
      [['x', 'h'], ['h', 'cat', 'in0'], ['x', 'g']],
    );

    it('takes a wire on a free port, named or the lowest one', () => {
      expect(canConnect(merging, { source: 'g', target: 'cat' })).toEqual({ ok: true });
      expect(canConnect(merging, { source: 'g', target: 'cat', targetHandle: 'in1' })).toEqual({ ok: true });
    });

    it('refuses, while dragging, a wire whose width an Add cannot take', () => {
      const adding = graph([input('x', 2), dense('h', 4), dense('g', 3), add('sum'), loss('L', 'mse')], [['x', 'h'], ['h', 'sum'], ['x', 'g']]);
      expect(canConnect(adding, { source: 'g', target: 'sum' })).toEqual({
        ok: false,
        reason:
          'Add node "sum" gets 4 from "h" (in0) but 3 from "g" (in1): every input of an Add must have the same width (use Concatenate to join different widths)',
      });
    });

    it('refuses a taken port, and a node whose ports are all wired', () => {
      expect(canConnect(merging, { source: 'g', target: 'cat', targetHandle: 'in0' })).toEqual({
        ok: false,
        reason: 'port in0 of Concatenate node "cat" already takes "h"',
      });
      const full = { ...merging, edges: [...merging.edges, { source: 'g', target: 'cat' }] };
      expect(canConnect(full, { source: 'x', target: 'cat' })).toEqual({
        ok: false,
        reason: 'every port of Concatenate node "cat" is wired: raise its inputs to join another branch',
      });
    });
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
