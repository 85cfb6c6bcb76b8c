import { existsSync } from 'node:fs';
import { appendFile, copyFile, mkdir, readFile, truncate, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { modelNetwork } from '../../engine/index.ts';
import { networkShape, randomDag } from '../../export/testDags.ts';
import { xorTemplate } from '../../model/index.ts';
import { readModelFile } from '../modelFile.ts';
import { cli, useTempDir } from '../testing.ts';

const model = xorTemplate();

describe('cli import', () => {
  const tmp = useTempDir();
  /** A TF.js export of the XOR template, written by the export command. */
  let tfjsModelJson: string;
  let out: string;

  beforeEach(async () => {
    const modelFile = await tmp.writeModel('xor.json', model);
    expect((await cli('export', modelFile, '--format', 'tfjs', '--out', tmp.path('tfjs'))).code).toBe(0);
    tfjsModelJson = join(tmp.path('tfjs'), 'model.json');
    out = tmp.path('imported.netloom.json');
  });

  it('turns an exported TF.js model back into the same Netloom graph and weights', async () => {
    const run = await cli('import', tfjsModelJson, '--out', out);

    expect(run.code).toBe(0);
    expect(run.stdout).toEqual([`imported ${tfjsModelJson} (2 dense layers) into ${out}`]);
    const imported = await readModelFile(out);
    expect(imported.nodes.map(({ id, type, params }) => ({ id, type, params }))).toEqual(model.nodes.map(({ id, type, params }) => ({ id, type, params })));
    expect(imported.weights).toEqual(modelNetwork(model).weights());
  });

  it('turns an exported graph with branches and merges back into the same graph and weights, which validate accepts', async () => {
    const dag = randomDag('relu', 'sigmoid', 12);
    expect((await cli('export', await tmp.writeModel('dag.json', dag), '--format', 'tfjs', '--out', tmp.path('dag'))).code).toBe(0);

    const run = await cli('import', join(tmp.path('dag'), 'model.json'), '--out', out);

    expect(run.code).toBe(0);
    const imported = await readModelFile(out);
    expect(networkShape(imported)).toEqual(networkShape(dag));
    expect(imported.weights).toEqual(modelNetwork(dag).weights());
    expect((await cli('validate', out)).code).toBe(0);
  });

  it('refuses a layer Netloom lacks (exit 1, naming it) and writes nothing', async () => {
    const json = JSON.parse(await readFile(tfjsModelJson, 'utf8'));
    json.modelTopology.config.layers[1] = { class_name: 'Conv2D', config: { name: 'conv', filters: 4 } };
    await writeFile(tfjsModelJson, JSON.stringify(json));

    const run = await cli('import', tfjsModelJson, '--out', out);

    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toMatch(/layer "conv" \(Conv2D\) cannot be imported/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a weight file that is cut short (exit 1) and writes nothing', async () => {
    await truncate(join(tmp.path('tfjs'), 'group1-shard1of1.bin'), 10);

    const run = await cli('import', tfjsModelJson, '--out', out);

    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toMatch(/weight data is 10 bytes .* missing or cut short/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a missing weight file (exit 2, naming it) and writes nothing', async () => {
    await unlink(join(tmp.path('tfjs'), 'group1-shard1of1.bin'));

    const run = await cli('import', tfjsModelJson, '--out', out);

    expect(run.code).toBe(2);
    expect(run.stderr.join('\n')).toMatch(/cannot read the weight file group1-shard1of1\.bin that .*model\.json names/);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['../outside.bin', 'has a folder in it'],
    ['tfjs/../../outside.bin', 'has a folder in it'],
    ['OUTSIDE', 'is an absolute path'],
    ['/dev/zero', 'is an absolute path'],
    ['..', 'is a folder'],
    ['C:\\weights.bin', 'names a drive'],
    ['c:weights.bin', 'names a drive'],
    ['sub\\weights.bin', 'has a folder in it'],
    ['file:weights.bin', 'is a URL'],
    ['', 'is empty'],
    ['group1\u0000.bin', 'holds a control character'],
  ])('reads weight files only by plain name from model.json’s folder: refuses %j (exit 1) and writes nothing', async (path, why) => {
    // A copy of the right weights sits outside the folder, where the path points: it must not be read.
    await copyFile(join(tmp.path('tfjs'), 'group1-shard1of1.bin'), tmp.path('outside.bin'));
    const named = path === 'OUTSIDE' ? tmp.path('outside.bin') : path;
    const json = JSON.parse(await readFile(tfjsModelJson, 'utf8'));
    json.weightsManifest[0].paths = [named];
    await writeFile(tfjsModelJson, JSON.stringify(json));

    const run = await cli('import', tfjsModelJson, '--out', out);

    expect(run.code).toBe(1);
    expect(run.stderr[1]).toBe(
      `  model.json's weightsManifest names the weight file ${JSON.stringify(named)}, which ${why}: ` +
        'Netloom reads weight files only by their plain name, from the folder model.json is in',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a weight file larger than the manifest describes before reading it (exit 2)', async () => {
    await appendFile(join(tmp.path('tfjs'), 'group1-shard1of1.bin'), Buffer.alloc(4));

    const run = await cli('import', tfjsModelJson, '--out', out);

    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([
      `error: cannot read the weight file group1-shard1of1.bin that ${tfjsModelJson} names: it is 136 bytes, over 132 bytes, ` +
        `what ${tfjsModelJson}'s weightsManifest leaves for it`,
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a manifest describing more weights than Netloom imports, before reading any (exit 1)', async () => {
    const json = JSON.parse(await readFile(tfjsModelJson, 'utf8'));
    json.weightsManifest[0].weights[0].shape = [100_000, 100_000];
    await writeFile(tfjsModelJson, JSON.stringify(json));

    const run = await cli('import', tfjsModelJson, '--out', out);

    expect(run.code).toBe(1);
    expect(run.stderr[1]).toBe("  model.json's weightsManifest describes 37.3 GiB of weights, over the 26.7 MiB Netloom imports");
  });

  it('checks --out before reading anything: a directory there is refused first (exit 2)', async () => {
    await unlink(join(tmp.path('tfjs'), 'group1-shard1of1.bin'));
    await mkdir(out);

    expect(await cli('import', tfjsModelJson, '--out', out)).toEqual({
      code: 2,
      stdout: [],
      stderr: [`error: cannot write ${out}: it is a directory`],
    });
  });

  it('refuses a file that is not JSON (exit 2, with line and column) and writes nothing', async () => {
    await writeFile(tfjsModelJson, '{"modelTopology": ');

    const run = await cli('import', tfjsModelJson, '--out', out);

    expect(run.code).toBe(2);
    expect(run.stderr.join('\n')).toMatch(/not valid JSON.*line 1, column/);
    expect(existsSync(out)).toBe(false);
  });
});
