import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRng } from '../../engine/index.ts';
import { ONNX_RUNTIME_ABSOLUTE_TOLERANCE, predictWithOnnxRuntime } from '../../export/onnx/runWithOnnxRuntime.ts';
import { loadWithTfjs, predictWithTfjs, TFJS_ABSOLUTE_TOLERANCE } from '../../export/tfjs/loadWithTfjs.ts';
import { randomDag } from '../../export/testDags.ts';
import { enginePredict, inputSizeOf, outsideTolerance, randomInputs } from '../../export/testModels.ts';
import { spiralTemplate, type NetloomModel } from '../../model/index.ts';
import { cli, useTempDir } from '../testing.ts';

const model = spiralTemplate();
const rows = 16;
const x = randomInputs(createRng(3, 'data'), rows, 2);

describe('cli export', () => {
  const tmp = useTempDir();
  let modelFile: string;

  beforeEach(async () => {
    modelFile = await tmp.writeModel('spiral.json', model);
  });

  it('--format tfjs writes model.json and its weights into the folder, loadable by TF.js', async () => {
    const out = tmp.path('tfjs');

    const run = await cli('export', modelFile, '--format', 'tfjs', '--out', out);

    expect(run.code).toBe(0);
    expect(run.stdout).toEqual([`wrote ${join(out, 'model.json')}, ${join(out, 'group1-shard1of1.bin')}`]);
    const loaded = await loadWithTfjs({
      modelJson: JSON.parse(await readFile(join(out, 'model.json'), 'utf8')),
      weightData: await readFile(join(out, 'group1-shard1of1.bin')),
    });
    expect(outsideTolerance(predictWithTfjs(loaded, x, rows), enginePredict(model, x, rows), TFJS_ABSOLUTE_TOLERANCE)).toEqual([]);
  });

  it('--format onnx writes one file onnxruntime runs', async () => {
    const out = tmp.path('spiral.onnx');

    expect((await cli('export', modelFile, '--format', 'onnx', '--out', out)).code).toBe(0);

    const predicted = await predictWithOnnxRuntime(await readFile(out), x, rows);
    expect(outsideTolerance(predicted, enginePredict(model, x, rows), ONNX_RUNTIME_ABSOLUTE_TOLERANCE)).toEqual([]);
  });

  it('writes a graph with branches and merges: a functional TF.js model and an ONNX file, both predicting what the engine does', async () => {
    const dag = randomDag('tanh', 'softmax', 7);
    const dagFile = await tmp.writeModel('dag.json', dag);
    const dagX = randomInputs(createRng(8, 'data'), rows, inputSizeOf(dag));

    expect((await cli('export', dagFile, '--format', 'tfjs', '--out', tmp.path('dag-tfjs'))).code).toBe(0);
    expect((await cli('export', dagFile, '--format', 'onnx', '--out', tmp.path('dag.onnx'))).code).toBe(0);

    const modelJson = JSON.parse(await readFile(join(tmp.path('dag-tfjs'), 'model.json'), 'utf8'));
    expect(modelJson.modelTopology.class_name).toBe('Model');
    const loaded = await loadWithTfjs({ modelJson, weightData: await readFile(join(tmp.path('dag-tfjs'), 'group1-shard1of1.bin')) });
    const expected = enginePredict(dag, dagX, rows);
    expect(outsideTolerance(predictWithTfjs(loaded, dagX, rows), expected, TFJS_ABSOLUTE_TOLERANCE)).toEqual([]);
    expect(outsideTolerance(await predictWithOnnxRuntime(await readFile(tmp.path('dag.onnx')), dagX, rows), expected, ONNX_RUNTIME_ABSOLUTE_TOLERANCE)).toEqual([]);
  });

  it('refuses a graph that does not compile (exit 1, naming the node) and writes nothing', async () => {
    const broken: NetloomModel = { ...model, edges: model.edges.filter((edge) => edge.target !== 'loss') };
    await tmp.writeModel('spiral.json', broken);
    const out = tmp.path('tfjs');

    const run = await cli('export', modelFile, '--format', 'tfjs', '--out', out);

    expect(run.code).toBe(1);
    expect(run.stderr.join('\n')).toMatch(/loss/);
    expect(existsSync(out)).toBe(false);
  });

  it('checks every output before writing the first, so a directory in the way leaves no half export', async () => {
    const out = tmp.path('tfjs');
    await mkdir(join(out, 'group1-shard1of1.bin'), { recursive: true });

    const run = await cli('export', modelFile, '--format', 'tfjs', '--out', out);

    expect(run).toEqual({ code: 2, stdout: [], stderr: [`error: cannot write ${join(out, 'group1-shard1of1.bin')}: it is a directory`] });
    expect(existsSync(join(out, 'model.json'))).toBe(false);
  });

  it('refuses an unknown format with the usage (exit 2) and writes nothing', async () => {
    const out = tmp.path('model.pb');

    const run = await cli('export', modelFile, '--format', 'savedmodel', '--out', out);

    expect(run.code).toBe(2);
    expect(run.stderr.join('\n')).toMatch(/--format: expected tfjs or onnx, got "savedmodel"\nusage: .*export <model\.json>/);
    expect(existsSync(out)).toBe(false);
  });
});
