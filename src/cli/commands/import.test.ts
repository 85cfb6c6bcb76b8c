import { existsSync } from 'node:fs';
import { mkdtemp, readFile, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { engineNetwork } from '../../export/testModels.ts';
import { serializeModel, xorTemplate } from '../../model/index.ts';
import { runCli } from '../main.ts';
import { readModelFile } from '../modelFile.ts';
import { captureIO } from './captureIO.ts';

const model = xorTemplate();
let folder: string;
/** A TF.js export of the XOR template, written by the export command. */
let tfjsModelJson: string;
let out: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'netloom-import-'));
  const modelFile = join(folder, 'xor.json');
  await writeFile(modelFile, serializeModel(model));
  expect(await runCli(['export', modelFile, '--format', 'tfjs', '--out', join(folder, 'tfjs')], captureIO())).toBe(0);
  tfjsModelJson = join(folder, 'tfjs', 'model.json');
  out = join(folder, 'imported.netloom.json');
});

describe('cli import', () => {
  it('turns an exported TF.js model back into the same Netloom graph and weights', async () => {
    const io = captureIO();

    expect(await runCli(['import', tfjsModelJson, '--out', out], io)).toBe(0);

    expect(io.out).toEqual([`imported ${tfjsModelJson} (2 dense layers) into ${out}`]);
    const imported = await readModelFile(out);
    expect(imported.nodes.map(({ id, type, params }) => ({ id, type, params }))).toEqual(model.nodes.map(({ id, type, params }) => ({ id, type, params })));
    expect(imported.weights).toEqual(engineNetwork(model).weights());
  });

  it('refuses a layer Netloom lacks (exit 1, naming it) and writes nothing', async () => {
    const json = JSON.parse(await readFile(tfjsModelJson, 'utf8'));
    json.modelTopology.config.layers[1] = { class_name: 'Conv2D', config: { name: 'conv', filters: 4 } };
    await writeFile(tfjsModelJson, JSON.stringify(json));
    const io = captureIO();

    expect(await runCli(['import', tfjsModelJson, '--out', out], io)).toBe(1);

    expect(io.err.join('\n')).toMatch(/layer "conv" \(Conv2D\) cannot be imported/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a weight file that is cut short (exit 1) and writes nothing', async () => {
    await truncate(join(folder, 'tfjs', 'group1-shard1of1.bin'), 10);
    const io = captureIO();

    expect(await runCli(['import', tfjsModelJson, '--out', out], io)).toBe(1);

    expect(io.err.join('\n')).toMatch(/weight data is 10 bytes .* missing or cut short/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a missing weight file (exit 2, naming it) and writes nothing', async () => {
    await unlink(join(folder, 'tfjs', 'group1-shard1of1.bin'));
    const io = captureIO();

    expect(await runCli(['import', tfjsModelJson, '--out', out], io)).toBe(2);

    expect(io.err.join('\n')).toMatch(/cannot read the weight file group1-shard1of1\.bin that .*model\.json names/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a file that is not JSON (exit 2, with line and column) and writes nothing', async () => {
    await writeFile(tfjsModelJson, '{"modelTopology": ');
    const io = captureIO();

    expect(await runCli(['import', tfjsModelJson, '--out', out], io)).toBe(2);

    expect(io.err.join('\n')).toMatch(/not valid JSON.*line 1, column/);
    expect(existsSync(out)).toBe(false);
  });
});
