import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { serializeModel, type NetloomModel } from '../model/index.ts';
import type { CliIO } from './command.ts';
import { runCli } from './main.ts';

/** What a command line printed and returned, run in-process. */
export interface CliRun {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** Runs `npm run cli -- ...argv` in-process, capturing each output line. */
export async function cli(...argv: string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIO = { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder per test, removed afterwards; `path(name)` is a file inside it. */
export function useTempDir(): {
  path(name: string): string;
  writeModel(name: string, model: NetloomModel): Promise<string>;
  /** Writes a text file (a table) into the folder and returns its path. */
  writeText(name: string, text: string): Promise<string>;
} {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'netloom-cli-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const path = (name: string) => join(dir, name);
  return {
    path,
    async writeModel(name, model) {
      await writeFile(path(name), serializeModel(model));
      return path(name);
    },
    async writeText(name, text) {
      await writeFile(path(name), text);
      return path(name);
    },
  };
}

/** x(2) → h(1 unit, kernel [[1, 2]], bias [0.5]) → mse: outputs and gradients checkable by hand. */
export function linearModel(): NetloomModel {
  return {
    format: 'netloom',
    version: 1,
    nodes: [
      { id: 'x', type: 'input', params: { size: 2 } },
      { id: 'h', type: 'dense', params: { units: 1 } },
      { id: 'L', type: 'loss', params: { fn: 'mse' } },
    ],
    edges: [
      { source: 'x', target: 'h' },
      { source: 'h', target: 'L' },
    ],
    weights: { h: { kernel: [[1, 2]], bias: [0.5] } },
    training: { dataset: 'regression', optimizer: 'sgd', lr: 0.05, batchSize: 10, epochs: 5, seed: 3 },
  };
}

/**
 * x(2) → d1 (kernel diag(1, 2)) → r = d1 + x → out (kernel [[1, 1]]) → mse: a skip connection
 * whose outputs and gradients are checkable by hand.
 */
export function residualModel(): NetloomModel {
  return {
    format: 'netloom',
    version: 1,
    nodes: [
      { id: 'x', type: 'input', params: { size: 2 } },
      { id: 'd1', type: 'dense', params: { units: 2 } },
      { id: 'r', type: 'add', params: { inputs: 2 } },
      { id: 'out', type: 'dense', params: { units: 1 } },
      { id: 'L', type: 'loss', params: { fn: 'mse' } },
    ],
    edges: [
      { source: 'x', target: 'd1' },
      { source: 'd1', target: 'r' },
      { source: 'x', target: 'r' },
      { source: 'r', target: 'out' },
      { source: 'out', target: 'L' },
    ],
    weights: { d1: { kernel: [[1, 0], [0, 2]], bias: [0, 0] }, out: { kernel: [[1, 1]], bias: [0] } },
    training: { dataset: 'regression', optimizer: 'sgd', lr: 0.01, batchSize: 10, epochs: 3, seed: 3 },
  };
}

/**
 * `linearModel` with the largest float32 weights: y = 3e38 · (x1 + x2) overflows to ±Infinity
 * for x1 + x2 > 1.2, and one training step on the whole dataset leaves the loss NaN.
 */
export function overflowingModel(): NetloomModel {
  const model = linearModel();
  return { ...model, weights: { h: { kernel: [[3e38, 3e38]], bias: [0] } }, training: { ...model.training, batchSize: 1000, epochs: 1 } };
}

/** x(1) → bn (gamma 2, beta 0.5, moving mean 1, moving variance 4) → mse, with no dataset to fit. */
export function batchNormModel(): NetloomModel {
  return {
    format: 'netloom',
    version: 1,
    nodes: [
      { id: 'x', type: 'input', params: { size: 1 } },
      { id: 'bn', type: 'batch_norm', params: { momentum: 0.9, epsilon: 0.001 } },
      { id: 'L', type: 'loss', params: { fn: 'mse' } },
    ],
    edges: [
      { source: 'x', target: 'bn' },
      { source: 'bn', target: 'L' },
    ],
    weights: { bn: { gamma: [2], beta: [0.5], movingMean: [1], movingVariance: [4] } },
  };
}
