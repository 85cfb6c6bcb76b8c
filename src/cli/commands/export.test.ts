import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRng, generateDataset } from '../../engine/index.ts';
import { ONNX_RUNTIME_ABSOLUTE_TOLERANCE, predictWithOnnxRuntime } from '../../export/onnx/runWithOnnxRuntime.ts';
import { loadWithTfjs, predictWithTfjs, TFJS_ABSOLUTE_TOLERANCE } from '../../export/tfjs/loadWithTfjs.ts';
import { exportPytorch } from '../../export/index.ts';
import { randomDag } from '../../export/testDags.ts';
import { enginePredict, inputSizeOf, outsideTolerance, randomInputs } from '../../export/testModels.ts';
import { layerStack, spiralTemplate, type NetloomModel } from '../../model/index.ts';
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
    expect(run.stderr.join('\n')).toMatch(/--format: expected tfjs, onnx, pytorch, got "savedmodel"\nusage: .*export <model\.json>/);
    expect(existsSync(out)).toBe(false);
  });

  it('--format pytorch writes the script, and --csv the rows the model trains on in Netloom', async () => {
    const out = tmp.path('spiral.py');
    const csv = tmp.path('spiral.csv');

    const run = await cli('export', modelFile, '--format', 'pytorch', '--out', out, '--csv', csv);

    expect(run).toEqual({ code: 0, stdout: [`wrote ${out}, ${csv}`], stderr: [] });
    expect(await readFile(out, 'utf8')).toBe(exportPytorch(model, 'spiral.py').script);
    const rows = (await readFile(csv, 'utf8')).trimEnd().split('\n');
    const { train } = generateDataset('spiral3', { seed: 1, trainFraction: 0.5, outputSize: 3 });
    expect(rows[0]).toBe('x,y,label');
    expect(rows).toHaveLength(1 + train.count);
    expect(rows.slice(1).every((row) => /^[-\d.e]+,[-\d.e]+,[012]$/.test(row))).toBe(true);
  });

  it('--format pytorch keeps many weights in a .npz beside the script', async () => {
    const wide = layerStack(2, [{ units: 120, fn: 'relu' }, { units: 120, fn: 'relu' }, { units: 3, fn: 'softmax' }], 'cross_entropy', { training: { dataset: 'spiral3' } });
    await tmp.writeModel('wide.json', wide);
    const out = tmp.path('wide.py');

    const run = await cli('export', tmp.path('wide.json'), '--format', 'pytorch', '--out', out);

    expect(run.stdout).toEqual([`wrote ${out}, ${tmp.path('wide.npz')}`]);
    expect(await readFile(out, 'utf8')).toContain('with np.load(Path(__file__).with_name("wide.npz")) as arrays:');
  });

  it('refuses --csv with another format, or for a model that fits no built-in dataset (exit 2), and writes nothing', async () => {
    const csv = tmp.path('rows.csv');
    const tfjs = await cli('export', modelFile, '--format', 'tfjs', '--out', tmp.path('tfjs'), '--csv', csv);
    await tmp.writeModel('nodata.json', { ...model, training: {} , nodes: model.nodes.map((node) => (node.type === 'input' ? { ...node, params: { size: 5 } } : node)) });
    const nodata = await cli('export', tmp.path('nodata.json'), '--format', 'pytorch', '--out', tmp.path('nodata.py'), '--csv', csv);

    expect(tfjs.code).toBe(2);
    expect(tfjs.stderr[0]).toBe('error: --csv goes with --format pytorch: it writes the rows the script trains on');
    expect(nodata.code).toBe(2);
    expect(nodata.stderr[0]).toBe('error: --csv: the model names no built-in dataset that its network fits, so there are no rows to write');
    expect(existsSync(csv) || existsSync(tmp.path('nodata.py'))).toBe(false);
  });
});
