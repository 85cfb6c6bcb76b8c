import { describe, expect, it } from 'vitest';
import { formatIssue, loadModel, parseModelJson, serializeModel } from './document.ts';
import { ownValue } from './idRecord.ts';
import { PROTOTYPE_NAMES, prototypeNamedChain, prototypeState } from './prototypeNames.testkit.ts';
import { INITIALIZERS } from './functions.ts';
import { xorTemplate } from './templates.ts';
import type { NetloomModel } from './types.ts';

/** A fresh, mutable copy of a valid document, as it would arrive from JSON.parse. */
function xorDoc(): Record<string, any> {
  return JSON.parse(serializeModel(xorTemplate()));
}

function issuesOf(doc: unknown): string[] {
  const result = loadModel(doc);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.issues.map(formatIssue);
}

function loaded(doc: unknown): NetloomModel {
  const result = loadModel(doc);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.model;
}

describe('loadModel: good documents', () => {
  it('accepts a minimal model without positions, weights or training', () => {
    const doc = {
      format: 'netloom',
      version: 1,
      nodes: [
        { id: 'x', type: 'input', params: { size: 2 } },
        { id: 'L', type: 'loss', params: { fn: 'mse' } },
      ],
      edges: [{ source: 'x', target: 'L' }],
    };
    expect(loaded(doc)).toEqual(doc);
  });

  it('accepts weights up to the largest float32, and ones too small for it (they round to 0)', () => {
    const doc = xorDoc();
    doc.weights = { dense1: { kernel: [[3.4028234663852886e38, -3.4028235e38]], bias: [1e-50] } };
    expect(loaded(doc).weights).toEqual(doc.weights);
  });

  it('accepts weights for a dense node and a bias-free layer', () => {
    const doc = xorDoc();
    doc.nodes[1].params.useBias = false;
    doc.weights = { dense1: { kernel: [[0.5, -0.5]] } };
    expect(loaded(doc).weights).toEqual({ dense1: { kernel: [[0.5, -0.5]] } });
  });
});

describe('loadModel: bad documents say where and what', () => {
  const cases: [string, (doc: Record<string, any>) => void, string][] = [
    ['zero units', (d) => (d.nodes[1].params.units = 0), 'nodes[1].params.units: expected a positive integer'],
    ['fractional units', (d) => (d.nodes[1].params.units = 2.5), 'nodes[1].params.units: expected a positive integer'],
    ['units as text', (d) => (d.nodes[1].params.units = '8'), 'nodes[1].params.units: expected a positive integer'],
    ['missing input size', (d) => (d.nodes[0].params = {}), 'nodes[0].params.size: expected a positive integer'],
    ['unknown node type', (d) => (d.nodes[1].type = 'conv2d'), 'nodes[1].type: expected a type of input, dense, activation, layer_norm, batch_norm, dropout, add, concatenate, loss'],
    [
      'unknown activation',
      (d) => (d.nodes[2].params.fn = 'gelu'),
      'nodes[2].params.fn: expected one of relu, sigmoid, tanh, linear, leaky_relu, softmax',
    ],
    ['unknown loss', (d) => (d.nodes[5].params.fn = 'hinge'), 'nodes[5].params.fn: expected one of mse, cross_entropy, binary_cross_entropy'],
    ['empty id', (d) => ((d.nodes[5].id = ''), d.edges.pop()), 'nodes[5].id: expected a non-empty id'],
    ['no node list', (d) => delete d.nodes, 'nodes: expected a list of nodes'],
    ['no edge list', (d) => delete d.edges, 'edges: expected a list of edges'],
    ['non-numeric position', (d) => (d.nodes[0].position.x = 'left'), 'nodes[0].position.x: expected a finite number'],
    ['unknown dataset', (d) => (d.training.dataset = 'fashion-mnist'), 'training.dataset: expected one of xor, circle, spiral, gaussian, moons, spiral3, iris, regression, penguins, cars, mnist'],
    ['unknown optimizer', (d) => (d.training.optimizer = 'rmsprop'), 'training.optimizer: expected one of sgd, momentum, adam'],
    ['negative learning rate', (d) => (d.training.lr = -0.1), 'training.lr: expected a positive number'],
    ['zero batch size', (d) => (d.training.batchSize = 0), 'training.batchSize: expected a positive integer'],
    ['train fraction of 1', (d) => (d.training.trainFraction = 1), 'training.trainFraction: expected a number between 0 and 1 (both excluded)'],
    ['text in a kernel', (d) => (d.weights = { dense1: { kernel: [[1, 'a']] } }), 'weights.dense1.kernel[0][1]: expected a finite number'],
    ['unknown initializer', (d) => (d.nodes[1].params.init = 'orthogonal'), `nodes[1].params.init: expected one of ${INITIALIZERS.join(', ')}`],
    ['zero epsilon', (d) => (d.nodes[2] = { id: 'act1', type: 'layer_norm', params: { epsilon: 0 } }), 'nodes[2].params.epsilon: expected a number from 0 to 1, 0 excluded'],
    ['momentum above 1', (d) => (d.nodes[2] = { id: 'act1', type: 'batch_norm', params: { momentum: 1.5, epsilon: 0.001 } }), 'nodes[2].params.momentum: expected a number from 0 to 1'],
    ['dropout rate of 1', (d) => (d.nodes[2] = { id: 'act1', type: 'dropout', params: { rate: 1 } }), 'nodes[2].params.rate: expected a number from 0 to 1, 1 excluded'],
    ['rate as text', (d) => (d.nodes[2] = { id: 'act1', type: 'dropout', params: { rate: '0.5' } }), 'nodes[2].params.rate: expected a number from 0 to 1, 1 excluded'],
    [
      'a kernel weight past float32',
      (d) => (d.weights = { dense1: { kernel: [[0.5, -1e39]] } }),
      "weights.dense1.kernel[0][1]: expected a number within float32's range (±3.4e38), got -1e39",
    ],
    [
      'a bias past float32',
      (d) => (d.weights = { dense1: { kernel: [[0.5, 0.5]], bias: [3.4028236e38] } }),
      "weights.dense1.bias[0]: expected a number within float32's range (±3.4e38), got 3.4028236e38",
    ],
  ];

  it.each(cases)('%s', (_name, spoil, expected) => {
    const doc = xorDoc();
    spoil(doc);
    expect(issuesOf(doc)).toEqual([expected]);
  });

  it('names the node an issue is about', () => {
    const doc = xorDoc();
    doc.nodes[1].params.units = 0;
    const result = loadModel(doc);
    expect(result.ok || result.issues[0]!.nodeId).toBe('dense1');
  });

  it('reports every issue, not just the first', () => {
    const doc = xorDoc();
    doc.nodes[1].params.units = 0;
    doc.nodes[2].params.fn = 'gelu';
    expect(issuesOf(doc)).toHaveLength(2);
  });

  it('refuses duplicate ids, pointing at the first use', () => {
    const doc = xorDoc();
    doc.nodes[3].id = 'dense1';
    doc.edges = [];
    expect(issuesOf(doc)).toEqual(['nodes[3].id: duplicate id "dense1" (also nodes[1])']);
  });

  it('refuses an edge to a node that does not exist', () => {
    const doc = xorDoc();
    doc.edges[0].target = 'ghost';
    expect(issuesOf(doc)).toEqual(['edges[0].target: no node with id "ghost"']);
  });

  it('refuses an unknown field nested past the limit, saying where, before anything recursive meets it', () => {
    const doc = xorDoc();
    let deep: unknown = 'leaf';
    for (let i = 0; i < 1300; i++) deep = { more: deep };
    doc.nodes[1].notes = deep;
    expect(issuesOf(doc)).toEqual([
      'nodes[1].notes.more.more.more.more.more…: nested more than 100 levels deep; Netloom reads arrays and objects nested up to 100 levels',
    ]);
  });

  it('refuses weights for a node that is not a dense layer', () => {
    const doc = xorDoc();
    doc.weights = { act1: { kernel: [[1]] } };
    expect(issuesOf(doc)).toEqual(['weights.act1: Activation node "act1" has no weights']);
  });
});

describe('loadModel: format and version', () => {
  it('refuses a document that is not a netloom model', () => {
    expect(issuesOf({ ...xorDoc(), format: 'onnx' })).toEqual(['format: expected "netloom", got "onnx": this is not a netloom model']);
    expect(issuesOf({ layers: [] })).toEqual(['format: expected "netloom", got undefined: this is not a netloom model']);
    expect(issuesOf([1, 2])).toEqual(['expected a JSON object (a netloom model)']);
    expect(issuesOf(null)).toEqual(['expected a JSON object (a netloom model)']);
  });

  it('refuses a version newer than this build reads, or no version', () => {
    expect(issuesOf({ ...xorDoc(), version: 2 })).toEqual([
      'version: this file is format version 2; this Netloom reads versions up to 1',
    ]);
    expect(issuesOf({ ...xorDoc(), version: undefined })).toEqual(['version: expected a positive integer, got undefined']);
    expect(issuesOf({ ...xorDoc(), version: '1' })).toEqual(['version: expected a positive integer, got "1"']);
  });
});

describe('parseModelJson', () => {
  it('loads valid JSON text, with or without a byte-order mark', () => {
    const text = serializeModel(xorTemplate());
    expect(parseModelJson(text)).toEqual({ ok: true, model: xorTemplate() });
    expect(parseModelJson(`\uFEFF${text}`).ok).toBe(true);
  });

  it.each([
    ['{"format": "netloom",\n  "version": 1,\n  "nodes": [}', 'not valid JSON: value expected at line 3, column 13'],
    ['{"format": "netloom",}', 'not valid JSON: property name expected at line 1, column 22'],
    ['{"a": 1}\n// a comment', 'not valid JSON: invalid comment token at line 2, column 1'],
    ['', 'not valid JSON: value expected at line 1, column 1'],
  ])('says where a syntax error is: %j', (text, message) => {
    expect(parseModelJson(text)).toEqual({ ok: false, issues: [{ path: '', message }] });
  });
});

describe('serializeModel', () => {
  it('keeps unknown fields at every level through serialize → parse', () => {
    const doc = xorDoc();
    doc.author = 'ada';
    doc.nodes[1].color = '#f80';
    doc.nodes[1].params.note = 'hidden layer';
    doc.nodes[0].position.zIndex = 3;
    doc.edges[0].label = 'features';
    doc.training.schedule = { warmup: 5 };
    doc.weights = { dense2: { kernel: [new Array(8).fill(0.1)], bias: [0], frozen: true } };
    const model = loaded(doc);
    expect(loaded(JSON.parse(serializeModel(model)))).toEqual(doc);
  });

  it('writes two-space indented JSON ending in a newline', () => {
    const text = serializeModel(xorTemplate());
    expect(text.startsWith('{\n  "format": "netloom",\n  "version": 1,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('node ids that are names of Object.prototype (issue 15 item 5)', () => {
  it('keeps the weights of every node, `__proto__` included, through load → serialize → load', () => {
    const before = prototypeState();
    const doc = prototypeNamedChain() as Record<string, any>;
    const model = loaded(doc);
    expect(Object.keys(model.weights!)).toEqual(['__proto__', 'constructor']);
    expect(ownValue(model.weights, '__proto__')).toEqual(doc.weights.__proto__);
    expect(ownValue(model.weights, 'toString')).toBeUndefined();
    expect(JSON.parse(serializeModel(loaded(JSON.parse(serializeModel(model)))))).toEqual(doc);
    expect(prototypeState()).toEqual(before);
  });

  it('checks the weights of a node named `__proto__` like any other', () => {
    const doc = prototypeNamedChain() as Record<string, any>;
    doc.weights.__proto__.kernel[0][1] = 'x';
    expect(issuesOf(doc)).toEqual(['weights.__proto__.kernel[0][1]: expected a finite number']);
  });

  it.each(PROTOTYPE_NAMES)('weights under %j for no such node are refused by name', (name) => {
    const doc = JSON.parse(serializeModel(xorTemplate()));
    doc.weights = JSON.parse(`{${JSON.stringify(name)}: {"kernel": [[1, 2]]}}`);
    expect(issuesOf(doc)).toEqual([`weights.${name}: no node with id "${name}"`]);
  });
});
