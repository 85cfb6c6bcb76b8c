import { mkdir, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { layerStack, xorTemplate } from '../../model/index.ts';
import { cli, useTempDir } from '../testing.ts';

describe('validate', () => {
  const tmp = useTempDir();

  it('prints a one-line summary of a valid model', async () => {
    const file = await tmp.writeModel('xor.json', xorTemplate());
    expect(await cli('validate', file)).toEqual({
      code: 0,
      stdout: [`${file}: valid, 2 → 8 → 1, 2 dense layers, 33 parameters, binary_cross_entropy loss, fits the xor dataset`],
      stderr: [],
    });
  });

  it('exits 1 with the schema issues, each saying where', async () => {
    const model = xorTemplate();
    Object.assign(model.nodes[1]!.params, { units: 0 });
    const file = await tmp.writeModel('bad.json', model);
    const run = await cli('validate', file);
    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toBe(`error: ${file} is not a valid model:\n  nodes[1].params.units: expected a positive integer`);
  });

  it('exits 1 with the compile errors naming node ids', async () => {
    const model = xorTemplate();
    model.edges.pop();
    const run = await cli('validate', await tmp.writeModel('open.json', model));
    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toContain('disconnected: Loss node "loss" receives nothing from the input');
  });

  it('refuses an input of 10⁹ features at validation, and so do predict and the exports, with the numbers (issue 15 item 7)', async () => {
    const file = await tmp.writeModel('huge.json', layerStack(1e9, [{ units: 1 }], 'mse'));
    for (const argv of [['validate'], ['predict', '--input', '1'], ['export', '--format', 'onnx', '--out', tmp.path('m.onnx')]]) {
      const run = await cli(argv[0]!, file, ...argv.slice(1));
      expect(run.code).toBe(1);
      expect(run.stderr.join('\n')).toContain('too_large: the network has 1,000,000,001 parameters, over the 7,000,000 Netloom can train');
    }
  });

  it('checks against another dataset with --dataset', async () => {
    const file = await tmp.writeModel('xor.json', xorTemplate());
    const run = await cli('validate', file, '--dataset', 'iris');
    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toContain('dataset_input: the iris dataset has 4 numbers per sample');
    const mnist = await cli('validate', file, '--dataset', 'mnist');
    expect(mnist.code).toBe(1);
    expect(mnist.stderr.join('\n')).toContain('dataset_input: the mnist dataset has 784 numbers per sample');
    expect((await cli('validate', file, '--dataset', 'fashion')).code).toBe(2);
  });

  it('exits 2 for a missing file or one that is not JSON, saying where', async () => {
    expect(await cli('validate', tmp.path('nowhere.json'))).toEqual({
      code: 2,
      stdout: [],
      stderr: [`error: cannot read ${tmp.path('nowhere.json')}: no such file or directory`],
    });
    await writeFile(tmp.path('broken.json'), '{\n  "format": "netloom",\n  "nodes": [}');
    expect((await cli('validate', tmp.path('broken.json'))).stderr).toEqual([
      `error: ${tmp.path('broken.json')}: not valid JSON: value expected at line 3, column 13`,
    ]);
  });

  it('exits 2 for thousands of unclosed brackets, saying where, without a stack trace', async () => {
    await writeFile(tmp.path('deep.json'), `{"format": "netloom", "nodes": ${'['.repeat(5000)}`);
    expect(await cli('validate', tmp.path('deep.json'))).toEqual({
      code: 2,
      stdout: [],
      stderr: [
        `error: ${tmp.path('deep.json')}: not valid JSON, and nested more than 100 levels deep; ` +
          'Netloom reads arrays and objects nested up to 100 levels: at line 1, column 131',
      ],
    });
  });

  it('exits 2 at once for a device or a directory, reading nothing', async () => {
    expect(await cli('validate', '/dev/zero')).toEqual({
      code: 2,
      stdout: [],
      stderr: ['error: cannot read /dev/zero: it is not a regular file (a device, a pipe or a socket)'],
    });
    await mkdir(tmp.path('models'));
    expect((await cli('validate', tmp.path('models'))).stderr).toEqual([`error: cannot read ${tmp.path('models')}: it is a directory`]);
  });
});
