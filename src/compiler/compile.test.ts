import { describe, expect, it } from 'vitest';
import { layerStack, loadModel, ownValue, spiralTemplate, TEMPLATES, type NetloomModel } from '../model/index.ts';
import { prototypeNamedChain, prototypeNamedGraph, prototypeState } from '../model/prototypeNames.testkit.ts';
import { compile } from './compile.ts';
import { activation, add, chain, concatenate, dense, errorsOf, graph, input, loss, networkOf, xorStack } from './testModels.ts';
import type { CompiledNetwork } from './types.ts';

/** What the tests read of each op: id, what it reads, its width. */
const opsOf = (network: CompiledNetwork) => network.ops.map((op) => ({ id: op.nodeId, inputs: op.inputs, width: op.width }));

describe('compile: a valid stack', () => {
  it('orders the ops from input to loss, each naming the value it reads, with its width', () => {
    const network = networkOf(xorStack());
    expect(network.inputId).toBe('x');
    expect(network.inputSize).toBe(2);
    expect(opsOf(network)).toEqual([
      { id: 'h', inputs: ['x'], width: 8 },
      { id: 't', inputs: ['h'], width: 8 },
      { id: 'o', inputs: ['t'], width: 1 },
      { id: 's', inputs: ['o'], width: 1 },
    ]);
    expect(network.ops.map((op) => op.depth)).toEqual([1, 2, 3, 4]);
    expect(network.output).toBe('s');
    expect(network.loss).toEqual({ nodeId: 'L', fn: 'binary_cross_entropy' });
    expect(network.outputSize).toBe(1);
  });

  it('follows the edges, not the order nodes are listed in', () => {
    const model = xorStack();
    model.nodes.reverse();
    model.edges.reverse();
    expect(networkOf(model).ops.map((op) => op.nodeId)).toEqual(['h', 't', 'o', 's']);
  });

  it('infers the width every node emits, and the width the loss receives', () => {
    expect(Object.fromEntries(compile(xorStack()).shapes)).toEqual({ x: 2, h: 8, t: 8, o: 1, s: 1, L: 1 });
  });

  it('counts weights and biases per dense layer and in total', () => {
    const network = networkOf(xorStack());
    expect(network.ops.map((op) => op.paramCount)).toEqual([2 * 8 + 8, 0, 8 * 1 + 1, 0]);
    expect(network.totalParams).toBe(33);
    expect(networkOf(spiralTemplate()).totalParams).toBe(2 * 16 + 16 + (16 * 16 + 16) + (16 * 3 + 3));
  });

  it('leaves the bias out of the count when useBias is false', () => {
    const model = graph([input('x', 3), dense('h', 4, false), loss('L', 'mse')], chain('x', 'h', 'L'));
    expect(networkOf(model).ops[0]).toMatchObject({ nodeId: 'h', paramCount: 12 });
  });

  it('passes stored weights of the right shape through to the op', () => {
    const weights = { kernel: [[0.1, 0.2]], bias: [0.3] };
    const model = graph([input('x', 2), dense('h', 1), loss('L', 'mse')], chain('x', 'h', 'L'), { weights: { h: weights } });
    expect(networkOf(model).ops[0]).toMatchObject({ nodeId: 'h', weights });
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
    expect(networkOf(model).ops).toHaveLength(198);
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

  it('refuses two wires into a node that takes one, saying how to join branches', () => {
    const model = graph(
      [input('x', 2), dense('h', 2), activation('a1', 'relu'), activation('a2', 'tanh'), dense('m', 1), loss('L', 'mse')],
      [['x', 'h'], ['h', 'a1'], ['h', 'a2'], ['a1', 'm'], ['a2', 'm'], ['m', 'L']],
    );
    const errors = errorsOf(model);
    expect(errors).toEqual([
      {
        code: 'too_many_inputs',
        nodeIds: ['m', 'a1', 'a2'],
        message: 'Dense node "m" has two inputs ("a1", "a2"); join branches with an Add or Concatenate node',
      },
    ]);
  });

  it('names each node that is off the input → loss path, and a branch that leads nowhere', () => {
    const model = graph(
      [input('x', 2), dense('h', 1), dense('stray', 3), activation('dangling', 'relu'), loss('L', 'mse')],
      [...chain('x', 'h', 'L'), ['h', 'dangling']],
    );
    const disconnected = errorsOf(model).filter((e) => e.code === 'disconnected');
    expect(disconnected.map((e) => e.nodeIds)).toEqual([['stray'], ['dangling']]);
    expect(disconnected.map((e) => e.message)).toEqual([
      'Dense node "stray" is not on the path from the input to the loss: connect it or delete it',
      'Activation node "dangling" is a dead end: what it computes never reaches the loss; wire it onward or delete it',
    ]);
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
      new Set(['disconnected', 'bad_params', 'loss_head', 'dataset_input']),
    );
  });
});

describe('compile: units and shapes', () => {
  it('refuses a dense layer wider than the engine allows', () => {
    const model = graph([input('x', 2), dense('h', 100_000), loss('L', 'mse')], chain('x', 'h', 'L'));
    expect(errorsOf(model)).toEqual([
      { code: 'bad_params', nodeIds: ['h'], message: 'Dense node "h" has 100000 units; it needs a whole number from 1 to 4096' },
    ]);
  });

  it('still infers shapes up to the first problem', () => {
    const model = graph(
      [input('x', 2), dense('h', 4), activation('a', 'relu'), dense('bad', 5000), activation('b', 'relu'), loss('L', 'mse')],
      chain('x', 'h', 'a', 'bad', 'b', 'L'),
    );
    const result = compile(model);
    expect(result.ok).toBe(false);
    expect(Object.fromEntries(result.shapes)).toEqual({ x: 2, h: 4, a: 4 });
  });

  it('infers shapes along the healthy part of a graph with a branch', () => {
    const model = graph(
      [input('x', 2), dense('h', 5), dense('a', 3), dense('b', 4), loss('L', 'mse')],
      [['x', 'h'], ['h', 'a'], ['h', 'b'], ['a', 'L']],
    );
    expect(Object.fromEntries(compile(model).shapes)).toEqual({ x: 2, h: 5, a: 3, b: 4, L: 3 });
  });
});

describe('compile: branches and merges', () => {
  /** x → h → (a → p(3), b → q(2)) → cat → L: a fan-out and a merge. */
  const branched = (extraEdges: Parameters<typeof graph>[1] = [], inputs = 2) =>
    graph(
      [input('x', 2), dense('h', 4), activation('a', 'relu'), activation('b', 'tanh'), dense('p', 3), dense('q', 2), concatenate('cat', inputs), loss('L', 'mse')],
      [['x', 'h'], ['h', 'a'], ['h', 'b'], ['a', 'p'], ['b', 'q'], ['p', 'cat'], ['q', 'cat'], ['cat', 'L'], ...extraEdges],
    );

  it('compiles a fan-out and a merge into ops in topological order, merge inputs in port order', () => {
    const network = networkOf(branched());
    expect(opsOf(network)).toEqual([
      { id: 'h', inputs: ['x'], width: 4 },
      { id: 'a', inputs: ['h'], width: 4 },
      { id: 'b', inputs: ['h'], width: 4 },
      { id: 'p', inputs: ['a'], width: 3 },
      { id: 'q', inputs: ['b'], width: 2 },
      { id: 'cat', inputs: ['p', 'q'], width: 5 },
    ]);
    expect(network.ops[0]!.consumers).toEqual(['a', 'b']);
    expect(network.output).toBe('cat');
  });

  it('puts a wire that names its port there, and unnamed wires on the lowest free ports', () => {
    const model = branched();
    model.edges.find((edge) => edge.source === 'q')!.targetHandle = 'in0';
    expect(networkOf(model).ops.at(-1)!.inputs).toEqual(['q', 'p']);
  });

  it('refuses a merge node with a free port, two wires into one port, and a port that does not exist', () => {
    const free = graph(
      [input('x', 2), dense('h', 4), concatenate('cat', 3), loss('L', 'mse')],
      [['x', 'h'], ['h', 'cat'], ['x', 'cat'], ['cat', 'L']],
    );
    expect(errorsOf(free)).toEqual([
      { code: 'free_port', nodeIds: ['cat'], message: 'Concatenate node "cat" has a free port (in2): wire a branch into it, or lower its inputs to 2' },
    ]);
    const taken = branched();
    for (const edge of taken.edges) if (edge.target === 'cat') edge.targetHandle = 'in1';
    expect(errorsOf(taken)).toContainEqual({
      code: 'port_taken',
      nodeIds: ['cat', 'p', 'q'],
      message: 'two wires go into port in1 of Concatenate node "cat" (from "p", "q"); a port takes one',
    });
    const missing = branched();
    missing.edges.find((edge) => edge.source === 'q')!.targetHandle = 'in5';
    expect(errorsOf(missing)).toContainEqual({
      code: 'bad_port',
      nodeIds: ['cat', 'q'],
      message: 'the wire from "q" goes into port in5 of Concatenate node "cat", which has ports in0 to in1',
    });
  });

  it('refuses more wires than a merge node has ports, saying how many it would need', () => {
    const model = branched([['h', 'cat']]);
    expect(errorsOf(model)).toEqual([
      {
        code: 'too_many_inputs',
        nodeIds: ['cat', 'p', 'q', 'h'],
        message: 'Concatenate node "cat" has 3 inputs ("p", "q", "h") but 2 ports: raise its inputs to 3',
      },
    ]);
    expect(compile(branched([['h', 'cat']], 3)).ok).toBe(true);
  });

  it('refuses the same wire twice', () => {
    const model = graph([input('x', 2), dense('h', 1), loss('L', 'mse')], [...chain('x', 'h', 'L'), ['x', 'h']]);
    expect(errorsOf(model)).toEqual([
      { code: 'duplicate_edge', nodeIds: ['h', 'x'], message: 'the wire from "x" to Dense node "h" is there twice (edges[2]): delete one' },
    ]);
  });

  it('takes the same value into two ports of a merge node (x joined with itself)', () => {
    const model = graph([input('x', 2), concatenate('cat'), loss('L', 'mse')], [['x', 'cat'], ['x', 'cat'], ['cat', 'L']]);
    expect(networkOf(model).ops[0]).toMatchObject({ inputs: ['x', 'x'], width: 4 });
  });

  it('adds branches of one width, and names both widths and their sources when they differ', () => {
    const residual = graph(
      [input('x', 4), dense('h', 4), activation('a', 'tanh'), add('sum'), loss('L', 'mse')],
      [['x', 'h'], ['h', 'a'], ['a', 'sum'], ['x', 'sum'], ['sum', 'L']],
    );
    expect(networkOf(residual).ops.at(-1)).toMatchObject({ nodeId: 'sum', inputs: ['a', 'x'], width: 4 });
    const unequal = graph(
      [input('x', 2), dense('h', 4), activation('a', 'tanh'), add('sum'), loss('L', 'mse')],
      [['x', 'h'], ['h', 'a'], ['a', 'sum'], ['x', 'sum'], ['sum', 'L']],
    );
    expect(errorsOf(unequal)).toEqual([
      {
        code: 'width_mismatch',
        nodeIds: ['sum', 'a', 'x'],
        message:
          'Add node "sum" gets 4 from "a" (in0) but 2 from "x" (in1): every input of an Add must have the same width (use Concatenate to join different widths)',
      },
    ]);
  });

  it('names the nodes on a loop through a merge', () => {
    const model = branched([['cat', 'h']]);
    expect(errorsOf(model)).toContainEqual(expect.objectContaining({ code: 'cycle', nodeIds: ['h', 'a', 'b', 'p', 'q', 'cat'] }));
  });

  it('compiles a 2,000-wire graph of parallel branches in linear time (no quadratic pass)', () => {
    const branches = Array.from({ length: 64 }, (_, i) => dense(`b${i}`, 1));
    const model = graph(
      [input('x', 2), ...branches, concatenate('cat', 64), loss('L', 'mse')],
      [...branches.flatMap((b): [string, string][] => [['x', b.id], [b.id, 'cat']]), ['cat', 'L']],
    );
    expect(networkOf(model).ops.at(-1)!.inputs).toHaveLength(64);
  });
});

describe('compile: node ids that are names of Object.prototype (issue 15 item 5)', () => {
  it.each([
    ['a chain', prototypeNamedChain],
    ['a graph with a merge', prototypeNamedGraph],
  ])('compiles %s with every id in its place and the stored weights on their ops', (_, doc) => {
    const before = prototypeState();
    const loaded = loadModel(doc());
    if (!loaded.ok) throw new Error('the model does not load');
    const network = networkOf(loaded.model);
    expect(network.inputId).toBe('hasOwnProperty');
    expect(network.loss.nodeId).toBe('isPrototypeOf');
    expect(network.ops.map((op) => op.nodeId).sort()).toEqual(loaded.model.nodes.slice(1, -1).map((node) => node.id).sort());
    const proto = network.ops.find((op) => op.nodeId === '__proto__')!;
    expect(proto.weights).toEqual(ownValue(loaded.model.weights, '__proto__'));
    expect(network.ops.find((op) => op.nodeId === 'toString')!.weights).toBeUndefined();
    expect(prototypeState()).toEqual(before);
  });
});

describe('compile: what the engine cannot allocate (issue 15 item 7)', () => {
  const stack = (depth: number, units: number, inputSize = 2, extra = {}) =>
    layerStack(inputSize, Array.from({ length: depth }, () => ({ units })), 'mse', extra);
  const budgetErrors = (model: NetloomModel) => (compile(model).ok ? [] : errorsOf(model).filter((error) => error.code === 'too_large'));

  it('refuses 2,000 layers of 4,096 units with the parameter count, on the largest layer', () => {
    const [error, ...others] = budgetErrors(stack(2000, 4096));
    expect(error).toEqual({
      code: 'too_large',
      nodeIds: ['dense2'],
      message:
        'the network has 33,545,854,976 parameters, over the 7,000,000 Netloom can train and save in a file it reads back (256 MiB); ' +
        'the largest is Dense node "dense2" (16,781,312): use fewer or narrower layers',
    });
    expect(others.map((other) => other.message)).toEqual([expect.stringMatching(/^the outputs and gradients of its 2,001 nodes take 16,384,002 values per sample: 15.6 GiB for 256 samples at once/)]);
  });

  it('refuses an input of 10⁹ features, which no buffer can hold', () => {
    const errors = budgetErrors(stack(1, 1, 1e9));
    expect(errors.map((error) => [error.nodeIds, error.message])).toEqual([
      [['dense1'], expect.stringMatching(/^the network has 1,000,000,001 parameters/)],
      [
        ['input'],
        'the outputs and gradients of its 2 nodes take 1,000,000,002 values per sample: 953.7 GiB for 256 samples at once, over the 256 MiB Netloom allows; ' +
          'the widest is Input node "input" (1,000,000,000): use fewer or narrower layers',
      ],
    ]);
  });

  it('counts depth: 500 layers of 32 units fit, 5,000 do not, though each holds a few parameters', () => {
    expect(budgetErrors(stack(500, 32))).toEqual([]);
    const errors = budgetErrors(stack(5000, 32));
    expect(errors.map((error) => error.message)).toEqual([
      'the outputs and gradients of its 5,001 nodes take 320,002 values per sample: 312.5 MiB for 256 samples at once, over the 256 MiB Netloom allows; ' +
        'the widest is Dense node "dense1" (64): use fewer or narrower layers',
    ]);
  });

  it('counts the batch a run trains on, from the model or the option', () => {
    const small = stack(2, 64, 2, { training: { batchSize: 1_000_000 } });
    expect(budgetErrors(small).map((error) => error.message)).toEqual([
      'the outputs and gradients of its 3 nodes take 258 values per sample: 984.2 MiB for batches of 1,000,000 samples, over the 256 MiB Netloom allows; ' +
        'the widest is Dense node "dense1" (128): use fewer or narrower layers, or a smaller batch',
    ]);
    expect(compile(small, { batchSize: 32 }).ok).toBe(true);
  });

  it('leaves the templates and the benchmarks’ largest network (10 × 512) well inside', () => {
    for (const template of TEMPLATES) expect(budgetErrors(template.create())).toEqual([]);
    expect(budgetErrors(stack(10, 512))).toEqual([]);
  });
});
