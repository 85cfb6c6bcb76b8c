import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportTfjsFiles } from '../../export/index.ts';
import { serializeModel, xorTemplate } from '../../model/index.ts';
import type { ChosenFile } from './chosenFiles.ts';
import { readImport } from './readImport.ts';

const text = (path: string, content: string): ChosenFile => ({ path, bytes: new TextEncoder().encode(content) });
const tfjsFiles = () => Object.entries(exportTfjsFiles(xorTemplate())).map(([path, bytes]) => ({ path, bytes }));

async function refusal(files: ChosenFile[]) {
  const result = await readImport(files);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.notice;
}

describe('readImport', () => {
  it('reads a saved Netloom model back unchanged', async () => {
    const model = { ...xorTemplate(), weights: { dense2: { kernel: [[1, 2, 3, 4, 5, 6, 7, 8]], bias: [0] } } };
    expect(await readImport([text('xor.netloom.json', serializeModel(model))])).toEqual({
      ok: true,
      model,
      source: 'xor.netloom.json (Netloom JSON)',
      format: 'netloom',
    });
  });

  it('reads a TF.js model.json with its weight file, in either order', async () => {
    const result = await readImport(tfjsFiles().reverse());
    expect(result).toMatchObject({ ok: true, source: 'model.json (TensorFlow.js)', format: 'tfjs' });
    if (result.ok) expect(result.model.nodes.map((node) => node.id)).toEqual(xorTemplate().nodes.map((node) => node.id));
  });

  it('finds the weight file beside model.json in a zip’s folder', async () => {
    const entries = Object.fromEntries(tfjsFiles().map(({ path, bytes }) => [`my-model/${path}`, bytes]));
    const files = Object.entries(unzipSync(zipSync(entries))).map(([path, bytes]) => ({ path, bytes }));
    expect(await readImport(files)).toMatchObject({ ok: true, format: 'tfjs' });
  });

  it('asks for a missing weight file by name', async () => {
    const [modelJson] = tfjsFiles().filter((file) => file.path === 'model.json');
    expect((await refusal([modelJson!])).details).toEqual([
      'its weights are in "group1-shard1of1.bin": choose it together with model.json (or import the zip of the export).',
    ]);
  });

  it('refuses a weight path that is not a plain file name, by the export module’s rule', async () => {
    const files = tfjsFiles();
    const json = JSON.parse(new TextDecoder().decode(files.find((file) => file.path === 'model.json')!.bytes));
    json.weightsManifest[0].paths = ['../secret.bin'];
    const notice = await refusal([text('model.json', JSON.stringify(json)), ...files.filter((file) => file.path !== 'model.json')]);
    expect(notice.details).toEqual([
      'model.json\'s weightsManifest names the weight file "../secret.bin", which has a folder in it: ' +
        'Netloom reads weight files only by their plain name, from the folder model.json is in',
    ]);
  });

  it('refuses a weight file larger than the manifest describes', async () => {
    const files = tfjsFiles();
    const weights = files.find((file) => file.path !== 'model.json')!;
    const grown = { path: weights.path, bytes: new Uint8Array(weights.bytes.length + 4) };
    const notice = await refusal([files.find((file) => file.path === 'model.json')!, grown]);
    expect(notice.details).toEqual([
      `the weight file "group1-shard1of1.bin" is ${grown.bytes.length} bytes, over the ${weights.bytes.length} bytes model.json's weightsManifest leaves for it.`,
    ]);
  });

  it('says where a file is not JSON, and names the field and node of a schema error', async () => {
    const broken = await refusal([text('broken.json', '{\n  "format": "netloom",\n  oops\n}')]);
    expect(broken.title).toBe('Could not import broken.json; the graph is unchanged.');
    expect(broken.details[0]).toMatch(/not valid JSON: .* at line 3, column 3/);
    const model = xorTemplate();
    const bad = { ...model, nodes: model.nodes.map((node) => (node.id === 'dense1' ? { ...node, params: { units: -3 } } : node)) };
    expect((await refusal([text('bad.json', JSON.stringify(bad))])).details).toEqual([
      'nodes[1].params.units: expected a positive integer (node dense1)',
    ]);
  });

  it('lists a few issues and counts the rest', async () => {
    const nodes = Array.from({ length: 10 }, (_, i) => ({ id: `d${i}`, type: 'dense', params: { units: 0 } }));
    const notice = await refusal([text('many.json', JSON.stringify({ format: 'netloom', version: 1, nodes, edges: [] }))]);
    expect(notice.details).toHaveLength(7);
    expect(notice.details.at(-1)).toBe('…and 4 more');
  });

  it('says what to choose when no model is among the files, or more than one', async () => {
    expect((await refusal([{ path: 'group1-shard1of1.bin', bytes: new Uint8Array(4) }])).details[0]).toMatch(/^Choose a \.netloom\.json file/);
    expect((await refusal([text('a.json', '{}'), text('b.json', '{}')])).details[0]).toMatch(/^Choose one model at a time/);
  });
});
