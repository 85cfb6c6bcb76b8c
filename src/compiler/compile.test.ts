import { describe, expect, it } from 'vitest';
import { spiralTemplate, TEMPLATES } from '../model/index.ts';
import { compile } from './compile.ts';
import { activation, chain, dense, errorsOf, graph, input, loss, networkOf, xorStack } from './testModels.ts';

describe('compile: a valid stack', () => {
  it('orders the layers from input to loss with their sizes', () => {
    const network = networkOf(xorStack());
    expect(network.inputId).toBe('x');
    expect(network.inputSize).toBe(2);
    expect(network.layers).toEqual([
      { kind: 'dense', nodeId: 'h', inputSize: 2, units: 8, useBias: true },
      { kind: 'activation', nodeId: 't', fn: 'tanh', size: 8 },
      { kind: 'dense', nodeId: 'o', inputSize: 8, units: 1, useBias: true },
      { kind: 'activation', nodeId: 's', fn: 'sigmoid', size: 1 },
    ]);
    expect(network.loss).toEqual({ nodeId: 'L', fn: 'binary_cross_entropy' });
    expect(network.outputSize).toBe(1);
  });

  it('follows the edges, not the order nodes are listed in', () => {
    const model = xorStack();
    model.nodes.reverse();
    model.edges.reverse();
    expect(networkOf(model).layers.map((layer) => layer.nodeId)).toEqual(['h', 't', 'o', 's']);
  });

  it('infers the width every node emits, and the width the loss receives', () => {
    expect(compile(xorStack()).shapes).toEqual({ x: 2, h: 8, t: 8, o: 1, s: 1, L: 1 });
  });

  it('counts weights and biases per dense layer and in total', () => {
    const network = networkOf(xorStack());
    expect(network.paramCounts).toEqual({ h: 2 * 8 + 8, o: 8 * 1 + 1 });
    expect(network.totalParams).toBe(33);
    expect(networkOf(spiralTemplate()).totalParams).toBe(2 * 16 + 16 + (16 * 16 + 16) + (16 * 3 + 3));
  });

  it('leaves the bias out of the count and the layer when useBias is false', () => {
    const model = graph([input('x', 3), dense('h', 4, false), loss('L', 'mse')], chain('x', 'h', 'L'));
    const network = networkOf(model);
    expect(network.paramCounts).toEqual({ h: 12 });
    expect(network.layers[0]).toMatchObject({ kind: 'dense', useBias: false });
  });

  it('passes stored weights of the right shape through to the layer', () => {
    const weights = { kernel: [[0.1, 0.2]], bias: [0.3] };
    const model = graph([input('x', 2), dense('h', 1), loss('L', 'mse')], chain('x', 'h', 'L'), { weights: { h: weights } });
    expect(networkOf(model).layers[0]).toMatchObject({ nodeId: 'h', weights });
  });

  it.each(TEMPLATES.map((template) => [template.id, template] as const))(
    'compiles the %s template against its own dataset',
    (_id, template) => {
      expect(compile(template.create())).toMatchObject({ ok: true });
    },
  );

  it('compiles a 200-node stack', () => {
    const hidden = Array.from({ length: 99 }, (_, i) => [dense(`d${i}`, 4), activation(`a${i}`, 'relu')]).flat();
    const ids = ['x', ...hidden.map((node) => node.id), 'L'];
    const model = graph([input('x', 2), ...hidden, loss('L', 'mse')], chain(...ids));
    expect(networkOf(model).layers).toHaveLength(198);
  });
});

describe('compile: inputs and losses', () => {
  it('needs an input and a loss', () => {
    const errors = errorsOf(graph([dense('h', 2)], []));
    expect(errors.map((e) => e.code)).toEqual(['no_input', 'no_loss']);
    expect(errors[0]!.message).toMatch(/no Input node/);
  });

  it('names every input and every loss when there are several', () => {
    const model = graph(
      [input('x', 2), input('y', 2), dense('h', 1), loss('L1', 'mse'), loss('L2', 'mse')],
      [['x', 'h'], ['h', 'L1']],
    );
    const errors = errorsOf(model);
    expect(errors).toContainEqual(expect.objectContaining({ code: 'multiple_inputs', nodeIds: ['x', 'y'] }));
    expect(errors).toContainEqual(expect.objectContaining({ code: 'multiple_losses', nodeIds: ['L1', 'L2'] }));
  });
});

describe('compile: graph shape', () => {
  it('names the nodes on a loop, in the order the data goes round', () => {
    const model = graph(
      [input('x', 2), dense('h', 2), activation('a', 'relu'), dense('g', 2), loss('L', 'mse')],
      [['x', 'h'], ['h', 'a'], ['a', 'g'], ['g', 'h'], ['a', 'L']],
    );
    const cycle = errorsOf(model).find((e) => e.code === 'cycle');
    expect(cycle?.nodeIds).toEqual(['h', 'a', 'g']);
    expect(cycle?.message).toMatch(/^"h" → "a" → "g" → "h" is a loop/);
  });

  it('reports a node wired to itself as a loop', () => {
    const model = graph([input('x', 2), dense('h', 2), loss('L', 'mse')], [...chain('x', 'h', 'L'), ['h', 'h']]);
    expect(errorsOf(model)).toContainEqual(expect.objectContaining({ code: 'cycle', nodeIds: ['h'] }));
  });

  it('refuses a node with two outputs or two inputs, saying this version trains stacks', () => {
    const model = graph(
      [input('x', 2), dense('h', 2), dense('a', 2), dense('b', 2), dense('m', 1), loss('L', 'mse')],
      [['x', 'h'], ['h', 'a'], ['h', 'b'], ['a', 'm'], ['b', 'm'], ['m', 'L']],
    );
    const branching = errorsOf(model).filter((e) => e.code === 'branching');
    expect(branching.map((e) => e.message)).toEqual([
      'this version trains layer stacks; Dense node "h" has two outputs ("a", "b")',
      'this version trains layer stacks; Dense node "m" has two inputs ("a", "b")',
    ]);
    expect(branching.map((e) => e.nodeIds)).toEqual([['h'], ['m']]);
  });

  it('names each node that is off the input → loss path', () => {
    const model = graph(
      [input('x', 2), dense('h', 1), dense('stray', 3), activation('dangling', 'relu'), loss('L', 'mse')],
      [...chain('x', 'h', 'L'), ['h', 'dangling']],
    );
    const disconnected = errorsOf(model).filter((e) => e.code === 'disconnected');
    expect(disconnected.map((e) => e.nodeIds)).toEqual([['stray'], ['dangling']]);
    expect(disconnected[0]!.message).toBe('Dense node "stray" is not on the path from the input to the loss: connect it or delete it');
  });

  it('says when the input never reaches the loss', () => {
    const errors = errorsOf(graph([input('x', 2), loss('L', 'mse')], []));
    expect(errors.map((e) => [e.code, e.nodeIds])).toEqual([
      ['disconnected', ['x']],
      ['disconnected', ['L']],
    ]);
    expect(errors[0]!.message).toMatch(/Input node "x" is not connected to the loss/);
  });

  it('reports every problem at once, not just the first', () => {
    const model = graph(
      [input('x', 3), dense('h', 0), dense('o', 1), activation('a', 'relu'), loss('L', 'cross_entropy')],
      [...chain('x', 'h', 'L'), ['o', 'a']],
      { training: { dataset: 'xor' } },
    );
    expect(new Set(errorsOf(model).map((e) => e.code))).toEqual(
      new Set(['disconnected', 'bad_units', 'loss_head', 'dataset_input']),
    );
  });
});

describe('compile: units and shapes', () => {
  it.each([0, -3, 2.5, 100_000])('refuses a dense layer with %s units', (units) => {
    const model = graph([input('x', 2), dense('h', units), loss('L', 'mse')], chain('x', 'h', 'L'));
    const [error] = errorsOf(model);
    expect(error).toMatchObject({ code: 'bad_units', nodeIds: ['h'] });
    expect(error!.message).toContain(`Dense node "h" has ${units} units`);
  });

  it('still infers shapes up to the first problem', () => {
    const model = graph(
      [input('x', 2), dense('h', 4), activation('a', 'relu'), dense('bad', 0), activation('b', 'relu'), loss('L', 'mse')],
      chain('x', 'h', 'a', 'bad', 'b', 'L'),
    );
    const result = compile(model);
    expect(result.ok).toBe(false);
    expect(result.shapes).toEqual({ x: 2, h: 4, a: 4 });
  });

  it('infers shapes along the healthy part of a graph with a branch', () => {
    const model = graph(
      [input('x', 2), dense('h', 5), dense('a', 3), dense('b', 4), loss('L', 'mse')],
      [['x', 'h'], ['h', 'a'], ['h', 'b'], ['a', 'L']],
    );
    expect(compile(model).shapes).toEqual({ x: 2, h: 5, a: 3, b: 4, L: 3 });
  });
});
