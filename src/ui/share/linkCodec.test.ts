import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { activation, add, dense, graph, input, loss, type Wire } from '../../compiler/testModels.ts';
import { createRng, modelNetwork, setUpTraining, planTraining } from '../../engine/index.ts';
import { layerStack, spiralTemplate, xorTemplate, type ModelNode, type NetloomModel } from '../../model/index.ts';
import { withTidyLayout } from '../store/tidyLayout.ts';
import { decodeModelLink, encodeModelLink, MAX_INFLATED_BYTES, MAX_LINK_LENGTH, sharedDocument } from './linkCodec.ts';

const BASE = 'https://netloom.example/app/';
const EVERYTHING = { weights: true, training: true };
const GRAPH_ONLY = { weights: false, training: false };

/** The spiral template after a few epochs, so it carries trained weights. */
function trainedSpiral(): NetloomModel {
  const model = withTidyLayout(spiralTemplate());
  const { trainer, network } = setUpTraining(model, planTraining(model.training));
  for (let i = 0; i < 40; i++) trainer.step();
  return { ...model, weights: network.weights() };
}

/** The data after `#model=` in a link. */
function dataOf(url: string): string {
  return url.slice(url.indexOf('#model=') + '#model='.length);
}

function encode(model: NetloomModel, contents = EVERYTHING): string {
  const link = encodeModelLink(model, contents, BASE);
  if (!link.ok) throw new Error(link.message);
  return link.url;
}

/** Link data made from arbitrary bytes, as a hostile or broken link could carry. */
function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

const deflated = (text: string) => base64url(deflateSync(new TextEncoder().encode(text)));

/** input → 14 × (dense → activation) → loss, laid out as the editor does: 30 nodes. */
function chainOf30(): NetloomModel {
  const layers = Array.from({ length: 14 }, (_, i) => ({ units: i === 13 ? 1 : 16, fn: i === 13 ? ('sigmoid' as const) : ('relu' as const) }));
  return withTidyLayout(layerStack(2, layers, 'binary_cross_entropy', { name: 'deep chain', training: xorTemplate().training! }));
}

/** A residual network of 30 nodes: a stem, 6 blocks of dense → relu → dense → add (the skip), a head. */
function residualOf30(): NetloomModel {
  const nodes: ModelNode[] = [input('input', 2), dense('stem', 16), activation('stem_relu', 'relu')];
  const wires: Wire[] = [['input', 'stem'], ['stem', 'stem_relu']];
  let last = 'stem_relu';
  for (let b = 1; b <= 6; b++) {
    nodes.push(dense(`block${b}_a`, 16), activation(`block${b}_relu`, 'relu'), dense(`block${b}_b`, 16), add(`block${b}_add`));
    wires.push([last, `block${b}_a`], [`block${b}_a`, `block${b}_relu`], [`block${b}_relu`, `block${b}_b`], [`block${b}_b`, `block${b}_add`, 'in0'], [last, `block${b}_add`, 'in1']);
    last = `block${b}_add`;
  }
  nodes.push(dense('out', 1), activation('head', 'sigmoid'), loss('loss', 'binary_cross_entropy'));
  wires.push([last, 'out'], ['out', 'head'], ['head', 'loss']);
  return withTidyLayout(graph(nodes, wires, { name: 'residual', training: xorTemplate().training! }));
}

describe('share links: encoding', () => {
  it('round-trips a trained model: the same document (as a link holds it) and the very same predictions', () => {
    const model = trainedSpiral();
    const decoded = decodeModelLink(dataOf(encode(model)));

    expect(decoded).toEqual({ ok: true, model: sharedDocument(model, EVERYTHING) });
    if (!decoded.ok) return;
    const x = Float32Array.from({ length: 64 * 2 }, () => 0);
    const rng = createRng(5, 'data');
    for (let i = 0; i < x.length; i++) x[i] = 4 * rng.uniform() - 2;
    expect(modelNetwork(decoded.model).predict(x, 64)).toEqual(modelNetwork(model).predict(x, 64));
  });

  it('leaves the weights and the training settings out unless asked for', () => {
    const model = trainedSpiral();
    const graphOnly = decodeModelLink(dataOf(encode(model, GRAPH_ONLY)));
    const withSettings = decodeModelLink(dataOf(encode(model, { weights: false, training: true })));

    expect(graphOnly.ok && graphOnly.model.weights === undefined && graphOnly.model.training === undefined).toBe(true);
    expect(withSettings.ok && withSettings.model.weights === undefined && withSettings.model.training).toEqual(model.training);
    expect(graphOnly.ok && graphOnly.model.nodes.map((node) => node.id)).toEqual(model.nodes.map((node) => node.id));
    expect(graphOnly.ok && graphOnly.model.edges).toEqual(model.edges);
  });

  it.each([
    ['a 30-node chain', chainOf30],
    ['a 30-node residual graph', residualOf30],
  ])('keeps a weights-free link of %s (with its training settings) under 2,000 characters', (_name, build) => {
    const model = build();
    expect(model.nodes).toHaveLength(30);

    const url = encode(model, { weights: false, training: true });

    expect(url.length).toBeLessThan(2000);
    expect(decodeModelLink(dataOf(url)).ok).toBe(true);
  });

  it('refuses to make a link over a million characters, pointing to Export', () => {
    // 1500 × 200 random weights: several MB of JSON that deflate cannot shrink below the limit.
    const rng = createRng(9, 'weights');
    const kernel = Array.from({ length: 1500 }, () => Array.from({ length: 200 }, () => rng.uniform() - 0.5));
    const model = layerStack(200, [{ units: 1500 }], 'mse', { weights: { dense1: { kernel, bias: new Array(1500).fill(0) } } });

    const link = encodeModelLink(model, EVERYTHING, BASE);

    expect(link.ok).toBe(false);
    if (link.ok) return;
    expect(link.length).toBeGreaterThan(MAX_LINK_LENGTH);
    expect(link.message).toMatch(/^The link would be \d\.\d million characters; links stop at 1 million\. Share a file instead: Export → Netloom JSON/);
    expect(encodeModelLink(model, GRAPH_ONLY, BASE).ok).toBe(true);
  });
});

describe('share links: damaged or hostile data gets one clear message', () => {
  const good = dataOf(encode(trainedSpiral()));

  it.each([
    ['empty', '', /holds no network/],
    ['cut off in the middle of a byte', good.slice(0, 4 * 40 + 1), /cut short: its data ends in the middle of a byte/],
    ['cut short', good.slice(0, 4 * Math.floor(good.length / 8)), /damaged or cut short: its data does not decompress/],
    ['cut by one character', good.slice(0, -2), /damaged or cut short/],
    ['not base64url (a stray character)', `${good.slice(0, 10)}%2${good.slice(10)}`, /character 11 of its data \(“%”\) cannot be in a Netloom link/],
    ['not deflate data', base64url(new TextEncoder().encode('this is plain text, not deflate data')), /does not decompress/],
    ['not text', base64url(deflateSync(Uint8Array.from([0xff, 0xfe, 0x00, 0xc3]))), /its data is not text/],
    ['not JSON', deflated('{"format": "netloom", nodes: []}'), /its data is not valid JSON: .* at line 1, column 23/],
    ['JSON that is not a model', deflated('[1, 2, 3]'), /does not hold a valid Netloom model: expected a JSON object/],
    ['another format', deflated('{"format": "keras"}'), /does not hold a valid Netloom model: format: expected "netloom"/],
    [
      'an invalid model',
      deflated(JSON.stringify({ ...xorTemplate(), nodes: xorTemplate().nodes.map((n) => (n.id === 'dense1' ? { ...n, params: { units: -3 } } : n)) })),
      /does not hold a valid Netloom model: nodes\[1\]\.params\.units: /,
    ],
    ['over a million characters', 'A'.repeat(MAX_LINK_LENGTH + 1), /is 1\.0 million characters; links stop at 1 million\. Share a file instead: Export/],
  ])('%s', (_kind, data, message) => {
    const decoded = decodeModelLink(data);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.message).toMatch(message);
  });

  it('stops inflating a decompression bomb at the bound instead of filling the memory', () => {
    // 20 MB of one byte deflates to ~20 KB: a short link that would expand 1000-fold.
    const bomb = base64url(deflateSync(new Uint8Array(MAX_INFLATED_BYTES + 4 * 1024 * 1024).fill(32), { level: 9 }));
    expect(bomb.length).toBeLessThan(40_000);

    const decoded = decodeModelLink(bomb);

    expect(decoded).toEqual({ ok: false, message: expect.stringMatching(/expands to more than 16 MB/) });
  });

  it('never throws on any cut or corrupted copy of a good link', () => {
    const rng = createRng(11, 'data');
    for (let i = 0; i < 200; i++) {
      const chars = [...good];
      if (i % 2 === 0) chars.length = rng.int(good.length);
      else chars[rng.int(chars.length)] = 'ABCxyz019-_'[rng.int(11)]!;
      const decoded = decodeModelLink(chars.join(''));
      if (!decoded.ok) expect(decoded.message).toMatch(/^The link /);
    }
  });
});
