import fc from 'fast-check';
import { planTraining, setUpTraining } from '../engine/index.ts';
import { ACTIVATION_FNS, deepTemplate, idRecord, INITIALIZERS, LOSS_FNS, NODE_TYPES, serializeModel, TEMPLATES, type NetloomModel } from '../model/index.ts';
import { prototypeNamedChain, prototypeNamedGraph, PROTOTYPE_NAMES } from '../model/prototypeNames.testkit.ts';
import { linearModel, residualModel } from '../cli/testing.ts';
import { activation, concatenate, dense, graph, input, loss } from '../compiler/testModels.ts';

/**
 * Where the model fuzzers start: every template, a trained model with its weights, graphs
 * with merge nodes (a residual Add, a Concatenate of two branches), a model whose ids are
 * names of Object.prototype, each as a file holds it (JSON text).
 */
export function seedDocuments(): string[] {
  const trained = TEMPLATES[0].create();
  const { trainer, network } = setUpTraining(trained, planTraining(trained.training));
  for (let i = 0; i < 40; i++) trainer.step();
  const branches = graph(
    [input('x', 2), dense('a', 4), activation('ta', 'tanh'), dense('b', 3), concatenate('cat', 2), dense('o', 3), activation('s', 'softmax'), loss('L', 'cross_entropy')],
    [['x', 'a'], ['a', 'ta'], ['x', 'b'], ['ta', 'cat', 'in0'], ['b', 'cat', 'in1'], ['cat', 'o'], ['o', 's'], ['s', 'L']],
    { training: { dataset: 'spiral3', batchSize: 8, epochs: 2 } },
  );
  return [
    ...TEMPLATES.map((template) => serializeModel(template.create())),
    serializeModel({ ...trained, weights: network.weights() }),
    serializeModel(residualModel()),
    serializeModel(linearModel()),
    serializeModel(branches),
    serializeModel(deepTemplate('relu', 3, 4)),
    JSON.stringify(prototypeNamedChain()),
    JSON.stringify(prototypeNamedGraph()),
  ];
}

const idPool = fc.constantFrom('x', 'h', 'a', 'b', 'm', 'L', 'out', ...PROTOTYPE_NAMES.slice(0, 6));
/** Mostly small, valid sizes; now and then one past a limit, or no size at all. */
const smallCount = fc.oneof({ weight: 40, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 64, 65, 4096, 1e6, 2.5, -3) });

const activationFn = fc.constantFrom(...ACTIVATION_FNS);
const lossFn = fc.constantFrom(...LOSS_FNS);
const initializer = fc.constantFrom(...INITIALIZERS);
/** A fraction now and then at or past its bounds (epsilon 0, a momentum of 1, a dropout rate of 1). */
const fraction = fc.oneof({ weight: 20, arbitrary: fc.double({ min: 0.001, max: 0.999, noNaN: true }) }, { weight: 1, arbitrary: fc.constantFrom(0, 1, -0.5, 2) });

const mergeInputs = fc.oneof({ weight: 40, arbitrary: fc.integer({ min: 2, max: 4 }) }, { weight: 1, arbitrary: fc.constantFrom(1, 64, 65) });

/** Params of the right shape for each kind, mostly; now and then another kind's, or none. */
const PARAMS = {
  input: fc.record({ size: smallCount }),
  dense: fc.record({ units: smallCount, useBias: fc.boolean(), init: initializer }, { requiredKeys: ['units'] }),
  layer_norm: fc.record({ epsilon: fraction }),
  batch_norm: fc.record({ momentum: fraction, epsilon: fraction }),
  dropout: fc.record({ rate: fraction }),
  activation: fc.record({ fn: activationFn }),
  add: fc.record({ inputs: mergeInputs }),
  concatenate: fc.record({ inputs: mergeInputs }),
  loss: fc.record({ fn: lossFn }),
} as const;

const node = fc
  .oneof({ weight: 60, arbitrary: fc.constantFrom(...NODE_TYPES) }, { weight: 1, arbitrary: fc.constantFrom('conv2d', 'constructor', '') })
  .chain((type) =>
    fc.record({
      id: idPool,
      type: fc.constant(type),
      params: Object.hasOwn(PARAMS, type)
        ? fc.oneof({ weight: 60, arbitrary: PARAMS[type as keyof typeof PARAMS] as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: fc.constant({}) })
        : fc.constant({}),
    }),
  );

/**
 * Graphs from scratch: a handful of nodes of any kind (ids drawn from a small pool, so they
 * collide and wire up), random wires with and without ports, and random training settings.
 */
export const randomDocument: fc.Arbitrary<unknown> = fc
  .record({
    // Ids mostly distinct, so most graphs get past the schema to the compiler.
    nodes: fc.oneof({ weight: 9, arbitrary: fc.uniqueArray(node, { selector: (n) => n.id, maxLength: 8 }) }, { weight: 1, arbitrary: fc.array(node, { maxLength: 8 }) }),
    edges: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), port: fc.constantFrom(undefined, 'in0', 'in1', 'in2', 'in7') }), { maxLength: 10 }),
    strayEdge: fc.oneof({ weight: 30, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.record({ source: idPool, target: idPool }) }),
    training: fc.record(
      {
        dataset: fc.oneof({ weight: 30, arbitrary: fc.constantFrom('xor', 'circle', 'spiral3', 'iris', 'regression') }, { weight: 1, arbitrary: fc.constant('mnist') }),
        optimizer: fc.constantFrom('sgd', 'momentum', 'adam'),
        lr: fc.constantFrom(0.01, 0.1, 1e6, 1e20),
        batchSize: fc.oneof({ weight: 30, arbitrary: fc.constantFrom(1, 4, 16) }, { weight: 1, arbitrary: fc.constant(1e6) }),
        seed: fc.integer({ min: -3, max: 3 }),
      },
      { requiredKeys: [] },
    ),
    withWeights: fc.boolean(),
  })
  .map(({ nodes, edges, strayEdge, training, withWeights }) => {
    const ids = nodes.map((n) => n.id);
    const wires = ids.length === 0 ? [] : edges.map(({ from, to, port }) => ({ source: ids[from % ids.length]!, target: ids[to % ids.length]!, ...(port ? { targetHandle: port } : {}) }));
    const document: NetloomModel = {
      format: 'netloom',
      version: 1,
      nodes: nodes as NetloomModel['nodes'],
      edges: strayEdge ? [...wires, strayEdge] : wires,
      training: training as NetloomModel['training'],
    };
    // Weights for the first dense node, of a shape that may or may not fit.
    const first = nodes.find((candidate) => candidate.type === 'dense');
    if (withWeights && first) document.weights = idRecord([[first.id, { kernel: [[0.5, -0.5]], bias: [0.1] }]]);
    return JSON.parse(JSON.stringify(document));
  });

/** The heads a made-up network may end in, each with a dataset it trains on. */
const HEADS = [
  { dataset: 'regression', inputSize: 2, units: 1, fn: undefined, loss: 'mse' },
  { dataset: 'xor', inputSize: 2, units: 1, fn: 'sigmoid', loss: 'binary_cross_entropy' },
  { dataset: 'spiral3', inputSize: 2, units: 3, fn: 'softmax', loss: 'cross_entropy' },
  { dataset: 'iris', inputSize: 4, units: 3, fn: 'softmax', loss: 'cross_entropy' },
] as const;

const step = fc.record({
  kind: fc.constantFrom('dense', 'activation', 'add', 'concatenate', 'layer_norm', 'batch_norm', 'dropout'),
  units: fc.integer({ min: 1, max: 6 }),
  fn: activationFn,
  init: initializer,
  rate: fc.double({ min: 0, max: 0.9, noNaN: true }),
  /** Which earlier values it reads, as numbers wrapped around the values there are. */
  reads: fc.array(fc.nat(), { minLength: 2, maxLength: 3 }),
});

/**
 * Networks that compile: from the input, each step adds a dense layer, an activation, a
 * LayerNorm, a BatchNorm, a Dropout, an Add of values of one width or a Concatenate, reading
 * earlier values; whatever nothing reads is
 * concatenated before the head, so every node lies on the way to the loss. Ids are prototype
 * names now and then. They train on the head's dataset.
 */
export const randomNetwork: fc.Arbitrary<unknown> = fc
  .record({
    head: fc.constantFrom(...HEADS),
    steps: fc.array(step, { maxLength: 8 }),
    prototypeIds: fc.boolean(),
    optimizer: fc.constantFrom('sgd', 'momentum', 'adam'),
    lr: fc.constantFrom(0.01, 0.3, 1e3, 1e20),
    batchSize: fc.constantFrom(1, 7, 16),
  })
  .map(({ head, steps, prototypeIds, optimizer, lr, batchSize }) => {
    const names = prototypeIds ? [...PROTOTYPE_NAMES] : [];
    let counter = 0;
    const nextId = (prefix: string) => names.shift() ?? `${prefix}${++counter}`;
    const nodes: NetloomModel['nodes'] = [];
    const edges: NetloomModel['edges'] = [];
    const values: { id: string; width: number }[] = [];
    const unread = new Set<string>();
    const add = (node: NetloomModel['nodes'][number], width: number, inputs: { id: string }[], ports: boolean) => {
      nodes.push(node);
      inputs.forEach((input, i) => {
        edges.push(ports ? { source: input.id, target: node.id, targetHandle: `in${i}` } : { source: input.id, target: node.id });
        unread.delete(input.id);
      });
      values.push({ id: node.id, width });
      unread.add(node.id);
    };
    add({ id: nextId('input'), type: 'input', params: { size: head.inputSize } }, head.inputSize, [], false);
    for (const { kind, units, fn, init, rate, reads } of steps) {
      const picked = reads.map((n) => values[n % values.length]!);
      const first = picked[0]!;
      if (kind === 'dense') add({ id: nextId('dense'), type: 'dense', params: { units, init } }, units, [first], false);
      else if (kind === 'activation') add({ id: nextId('act'), type: 'activation', params: { fn } }, first.width, [first], false);
      else if (kind === 'layer_norm') add({ id: nextId('ln'), type: 'layer_norm', params: { epsilon: 0.001 } }, first.width, [first], false);
      else if (kind === 'batch_norm') add({ id: nextId('bn'), type: 'batch_norm', params: { momentum: 0.9, epsilon: 0.001 } }, first.width, [first], false);
      else if (kind === 'dropout') add({ id: nextId('drop'), type: 'dropout', params: { rate } }, first.width, [first], false);
      else if (kind === 'concatenate') add({ id: nextId('cat'), type: 'concatenate', params: { inputs: picked.length } }, picked.reduce((sum, v) => sum + v.width, 0), picked, true);
      else {
        const same = picked.filter((value) => value.width === first.width);
        if (same.length >= 2) add({ id: nextId('add'), type: 'add', params: { inputs: same.length } }, first.width, same, true);
      }
    }
    const loose = values.filter((value) => unread.has(value.id));
    const last = loose.length > 1 ? (add({ id: nextId('join'), type: 'concatenate', params: { inputs: loose.length } }, loose.reduce((sum, v) => sum + v.width, 0), loose, true), values.at(-1)!) : loose[0]!;
    add({ id: nextId('out'), type: 'dense', params: { units: head.units } }, head.units, [last], false);
    if (head.fn) add({ id: nextId('head'), type: 'activation', params: { fn: head.fn } }, head.units, [values.at(-1)!], false);
    nodes.push({ id: nextId('loss'), type: 'loss', params: { fn: head.loss } });
    edges.push({ source: values.at(-1)!.id, target: nodes.at(-1)!.id });
    const document: NetloomModel = { format: 'netloom', version: 1, nodes, edges, training: { dataset: head.dataset, optimizer, lr, batchSize, epochs: 1, seed: 1 } };
    return JSON.parse(JSON.stringify(document));
  });
