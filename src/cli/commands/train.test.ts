import { mkdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { modelNetwork } from '../../engine/index.ts';
import { deepNetwork, deepTemplate, layerStack, parseModelJson, xorTemplate, type StackLayer } from '../../model/index.ts';
import { cli, linearModel, overflowingModel, useTempDir } from '../testing.ts';

const lastJson = (lines: string[]) => JSON.parse(lines.at(-1)!);

describe('train', () => {
  const tmp = useTempDir();

  it('learns XOR with the template settings to at least 95 % test accuracy', async () => {
    const run = await cli('train', await tmp.writeModel('xor.json', xorTemplate()));
    expect(run.code).toBe(0);
    const summary = lastJson(run.stdout);
    expect(Object.keys(summary)).toEqual(['loss', 'accuracy', 'testLoss', 'testAccuracy', 'epochs', 'seconds', 'samplesPerSecond', 'evalSeconds']);
    expect(summary.epochs).toBe(200);
    // Optimizer steps alone: 200 epochs of the 200 training rows took less than the whole run.
    expect(summary.samplesPerSecond).toBeGreaterThan((200 * 200) / summary.seconds);
    expect(summary.evalSeconds).toBeGreaterThan(0);
    expect(summary.evalSeconds).toBeLessThan(summary.seconds);
    expect(summary.testAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('shows progress on stdout before the final JSON line', async () => {
    const run = await cli('train', await tmp.writeModel('xor.json', xorTemplate()), '--epochs', '20');
    expect(run.stdout.slice(0, -1)).toHaveLength(10);
    expect(run.stdout[0]).toMatch(/^epoch  2\/20  loss \d+\.\d{4}  accuracy \d+\.\d%  test loss \d+\.\d{4}  test accuracy \d+\.\d%$/);
  });

  it('writes one metrics line per epoch with the mean gradient norm of every dense layer', async () => {
    const file = await tmp.writeModel('xor.json', xorTemplate());
    await cli('train', file, '--epochs', '3', '--batch-size', '50', '--metrics', tmp.path('m.jsonl'));
    const lines = (await readFile(tmp.path('m.jsonl'), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.epoch, line.step])).toEqual([[1, 4], [2, 8], [3, 12]]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual([
        'epoch', 'step', 'loss', 'accuracy', 'testLoss', 'testAccuracy', 'gradNorms', 'updateRatios', 'activationStats', 'quantiles',
      ]);
      expect(Object.keys(line.gradNorms)).toEqual(['dense1', 'dense2']);
      expect(line.gradNorms.dense1).toBeGreaterThan(0);
    }
  });

  it('adds each epoch\'s update ratios, activation statistics and quantiles to the metrics lines', async () => {
    const file = await tmp.writeModel('xor.json', xorTemplate());
    await cli('train', file, '--epochs', '2', '--optimizer', 'sgd', '--lr', '0.5', '--metrics', tmp.path('m.jsonl'));
    const [line] = (await readFile(tmp.path('m.jsonl'), 'utf8')).trimEnd().split('\n').map((text) => JSON.parse(text));
    // SGD moves each kernel by lr · ‖g‖; the ratio is that over the kernel's size, a small positive number
    expect(Object.keys(line.updateRatios)).toEqual(['dense1', 'dense2']);
    expect(line.updateRatios.dense1).toBeGreaterThan(0);
    expect(line.updateRatios.dense1).toBeLessThan(1);
    // act1 is tanh (saturation, no dead units), act2 the sigmoid head
    expect(Object.keys(line.activationStats)).toEqual(['act1', 'act2']);
    expect(line.activationStats.act1).toEqual({ mean: expect.any(Number), std: expect.any(Number), saturated: expect.any(Number), dead: null });
    expect(Object.keys(line.quantiles)).toEqual(['weights', 'gradients', 'activations']);
    expect(line.quantiles.weights.dense1).toHaveLength(9);
    expect(line.quantiles.activations.act1[0]).toBeGreaterThanOrEqual(-1);
    expect(line.quantiles.activations.act1[8]).toBeLessThanOrEqual(1);
  });

  it('gives the same numbers for the same seed, and others for another', async () => {
    const file = await tmp.writeModel('xor.json', xorTemplate());
    const losses = async (seed: string) => {
      const { loss, testLoss } = lastJson((await cli('train', file, '--epochs', '2', '--seed', seed)).stdout);
      return [loss, testLoss];
    };
    expect(await losses('7')).toEqual(await losses('7'));
    expect(await losses('8')).not.toEqual(await losses('7'));
    expect(await losses('-1')).toEqual(await losses('-1'));
  });

  it('writes the trained model, which every command loads again', async () => {
    const file = await tmp.writeModel('xor.json', xorTemplate());
    const out = tmp.path('trained.json');
    const run = await cli('train', file, '--epochs', '5', '--optimizer', 'sgd', '--out', out);
    expect(run.stdout.at(-2)).toBe(`wrote ${out}`);
    const loaded = parseModelJson(await readFile(out, 'utf8'));
    if (!loaded.ok) throw new Error('the trained model does not load');
    expect(loaded.model.weights?.dense1?.kernel).toHaveLength(8);
    expect(loaded.model.training).toMatchObject({ epochs: 5, optimizer: 'sgd', dataset: 'xor' });
    expect((await cli('validate', out)).code).toBe(0);
    expect((await cli('predict', out, '--input', '1,1')).code).toBe(0);
  });

  it('trains a regression model, reporting no accuracy', async () => {
    const run = await cli('train', await tmp.writeModel('linear.json', linearModel()));
    expect(run.code).toBe(0);
    expect(lastJson(run.stdout)).toMatchObject({ accuracy: null, testAccuracy: null, epochs: 5 });
  });

  it('exits 1 with the step and epoch when the loss diverges', async () => {
    const file = await tmp.writeModel('linear.json', linearModel());
    const run = await cli('train', file, '--lr', '1000', '--epochs', '50');
    expect(run.code).toBe(1);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(/^error: training stopped: (Loss|Weights) became (NaN|-?Infinity) at step \d+ \(epoch \d+\)/);
  });

  it('stops at the first step whose loss is not finite, exits 1 and writes no --out', async () => {
    const file = await tmp.writeModel('overflowing.json', overflowingModel());
    const run = await cli('train', file, '--out', tmp.path('out.json'));
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual(['error: training stopped: Loss became Infinity at step 1 (epoch 1) — try a lower learning rate']);
    await expect(readFile(tmp.path('out.json'))).rejects.toThrow(/ENOENT/);
  });

  it('diverging before the first epoch ends writes neither --out nor an empty --metrics file (issue 15 item 1)', async () => {
    const file = await tmp.writeModel('overflowing.json', overflowingModel());
    const run = await cli('train', file, '--out', tmp.path('out.json'), '--metrics', tmp.path('m.jsonl'));
    expect(run.code).toBe(1);
    await expect(readFile(tmp.path('out.json'))).rejects.toThrow(/ENOENT/);
    await expect(readFile(tmp.path('m.jsonl'))).rejects.toThrow(/ENOENT/);
  });

  it('the issue’s example: a regression model at SGD lr 1e20 stops with the divergence message, exits 1, writes no --out', async () => {
    const model = layerStack(2, [{ units: 8, fn: 'tanh' }, { units: 1 }], 'mse', { training: { dataset: 'regression', batchSize: 10 } });
    const file = await tmp.writeModel('regression.json', model);
    const run = await cli('train', file, '--optimizer', 'sgd', '--lr', '1e20', '--out', tmp.path('out.json'), '--metrics', tmp.path('m.jsonl'));
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([expect.stringMatching(/^error: training stopped: Weights became (NaN|-?Infinity) at step 2 \(epoch 1\) — try a lower learning rate$/)]);
    await expect(readFile(tmp.path('out.json'))).rejects.toThrow(/ENOENT/);
    await expect(readFile(tmp.path('m.jsonl'))).rejects.toThrow(/ENOENT/);
  });

  it('exits 2 before training when --out or --metrics is a directory', async () => {
    const file = await tmp.writeModel('xor.json', xorTemplate());
    await mkdir(tmp.path('runs'));
    for (const flag of ['--out', '--metrics']) {
      expect(await cli('train', file, flag, tmp.path('runs'))).toEqual({
        code: 2,
        stdout: [],
        stderr: [`error: cannot write ${tmp.path('runs')}: it is a directory`],
      });
    }
  });

  it('exits 1 when the network does not fit the dataset chosen by flag', async () => {
    const run = await cli('train', await tmp.writeModel('xor.json', xorTemplate()), '--dataset', 'spiral3');
    expect(run.code).toBe(1);
    expect(run.stderr[1]).toMatch(/^ {2}dataset_output: the spiral3 dataset has 3 classes/);
  });

  it('exits 2 for bad flags, naming them, and for an unwritable output', async () => {
    const file = await tmp.writeModel('xor.json', xorTemplate());
    expect((await cli('train', file, '--lr', '-1', '--epochs', '-1')).stderr[0]).toBe(
      'error: --lr: expected a positive number; --epochs: expected a positive integer',
    );
    expect((await cli('train', file, '--optimizer', 'rmsprop')).stderr[0]).toBe(
      'error: --optimizer: expected one of sgd, momentum, adam',
    );
    expect((await cli('train', file, '--epochs', 'many')).stderr[0]).toBe('error: --epochs: expected a number, got "many"');
    const unwritable = await cli('train', file, '--out', tmp.path('no/such/dir/out.json'));
    expect(unwritable).toMatchObject({ code: 2, stdout: [] });
    expect(unwritable.stderr[0]).toMatch(/^error: cannot write .*out\.json: no such file or directory$/);
  });

  it('--epochs 0 takes no step: --out writes the initial weights drawn from the seed, as the editor shows them', async () => {
    const model = deepNetwork({ fn: 'relu', depth: 2, width: 64, init: 'he_normal' }, { training: { dataset: 'circle', epochs: 30, seed: 4 } });
    const file = await tmp.writeModel('deep.json', model);
    const out = tmp.path('initial.json');
    const run = await cli('train', file, '--epochs', '0', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toHaveLength(2);
    expect(lastJson(run.stdout)).toMatchObject({ epochs: 0 });
    const loaded = parseModelJson(await readFile(out, 'utf8'));
    if (!loaded.ok) throw new Error('the written model does not load');
    expect(loaded.model.weights).toEqual(modelNetwork(model).weights());
    // The model keeps its own epoch count: 0 is no setting a model can store.
    expect(loaded.model.training).toMatchObject({ epochs: 30, seed: 4 });
    // dense2 is 64 → 64 with he_normal: standard deviation √(2 / 64).
    const kernel = (loaded.model.weights!.dense2!.kernel as number[][]).flat();
    const std = Math.sqrt(kernel.reduce((sum, w) => sum + w * w, 0) / kernel.length);
    expect(Math.abs(std / Math.sqrt(2 / 64) - 1)).toBeLessThan(0.05);
  });

  it('exits 1 for a BatchNorm network with a batch size of 1, naming the node', async () => {
    const model = deepNetwork({ fn: 'sigmoid', depth: 2, width: 4, normalization: 'batch_norm' }, { training: { dataset: 'circle' } });
    const run = await cli('train', await tmp.writeModel('bn.json', model), '--batch-size', '1');
    expect(run.code).toBe(1);
    expect(run.stderr[1]).toBe(
      '  batch_size: BatchNorm node "bn1" normalises each feature over the rows of a training batch, so it needs a batch size of at least 2; the batch size is 1',
    );
  });

  describe('statistics that say why a network does not learn (issue 14)', () => {
    const metricsOf = async (name: string) =>
      (await readFile(tmp.path(name), 'utf8')).trimEnd().split('\n').map((text) => JSON.parse(text));
    const hidden: StackLayer = { units: 32, fn: 'relu' };
    const relu32 = layerStack(2, [hidden, hidden, hidden, { units: 1, fn: 'sigmoid' }], 'binary_cross_entropy', {
      training: { dataset: 'circle', optimizer: 'sgd', batchSize: 10, epochs: 30, seed: 1, noise: 0, trainFraction: 0.5 },
    });
    const deadByLayer = (line: { activationStats: Record<string, { dead: number | null }> }) =>
      Object.values(line.activationStats).flatMap(({ dead }) => (dead === null ? [] : [dead]));

    it('a 2-32-32-32-1 ReLU network on circle kills over half of some layer at SGD lr 3.0, under 0.3 of each at 0.01', async () => {
      const file = await tmp.writeModel('relu.json', relu32);
      await cli('train', file, '--lr', '3', '--metrics', tmp.path('high.jsonl'));
      await cli('train', file, '--lr', '0.01', '--metrics', tmp.path('low.jsonl'));
      expect(Math.max(...deadByLayer((await metricsOf('high.jsonl')).at(-1)))).toBeGreaterThan(0.5);
      expect(Math.max(...deadByLayer((await metricsOf('low.jsonl')).at(-1)))).toBeLessThan(0.3);
    });

    it('a deep sigmoid network trained by SGD moves its first layer at least 100× less than its last', async () => {
      await cli('train', await tmp.writeModel('deep.json', deepTemplate('sigmoid', 10, 16)), '--epochs', '5', '--metrics', tmp.path('deep.jsonl'));
      for (const { updateRatios } of await metricsOf('deep.jsonl')) {
        const ratios = Object.values(updateRatios) as number[];
        expect(ratios[0]! * 100).toBeLessThan(ratios.at(-1)!);
      }
    });
  });
});
