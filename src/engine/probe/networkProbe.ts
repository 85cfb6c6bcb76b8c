import type { CompiledNetwork, OpType } from '../../compiler/index.ts';
import type { ActivationFn } from '../../model/index.ts';
import type { Network } from '../network.ts';
import type { FloatArray } from '../tensor.ts';
import type { StepObserver } from '../trainer.ts';
import { canDie, canSaturate, countSaturated, deadFraction, markAlive, type ActivationStats } from './activationStats.ts';
import { MAX_SAMPLE, quantilesOf, sampleInto } from './quantiles.ts';

/**
 * What the probe measures on a node of each kind: the weights of a layer with a kernel, the
 * outputs of an activation, or nothing. Exhaustive, so a new kind has to say.
 */
const PROBED_AS: { [T in OpType]: 'kernel' | 'activation' | null } = {
  dense: 'kernel',
  activation: 'activation',
  add: null,
  concatenate: null,
  // Normalisation scales and shifts are not kernels: their ratio to a unit gain says little.
  layer_norm: null,
  batch_norm: null,
  dropout: null,
};

export interface ProbeOptions {
  /**
   * Statistics are taken on every `every`-th step (1: every step; `sampleEvery` changes it).
   * Dead units are tracked on every step whatever this is, since "dead" means no output > 0 on
   * any row of the epoch.
   */
  every: number;
}

/** The distributions of one report: per node, the values at `QUANTILE_LEVELS` (empty before any sample). */
export interface ProbeQuantiles {
  /** Each kernel's current weights, in `kernelIds` order. */
  weights: number[][];
  /** Each kernel's gradient at the latest sampled step (weight decay left out), in `kernelIds` order. */
  gradients: number[][];
  /** Each activation node's outputs at the latest sampled step, in `activationIds` order. */
  activations: number[][];
}

/** What the probe saw since the previous report. */
export interface ProbeReport {
  /** Sampled steps this report averages (0: none, the means are then NaN). */
  sampledSteps: number;
  /** Per kernel, the mean over sampled steps of ‖Δkernel‖ / ‖kernel‖ of one update (CS231n's update:weight ratio). */
  updateRatios: number[];
  /** Per activation node, in `activationIds` order. */
  activationStats: ActivationStats[];
  quantiles: ProbeQuantiles;
}

interface KernelProbe {
  value: FloatArray;
  grad: FloatArray;
  /** The kernel before the update of a sampled step. */
  before: Float32Array;
  ratioSum: number;
  gradSample: Float32Array;
  gradCount: number;
}

interface ActivationProbe {
  nodeId: string;
  fn: ActivationFn;
  sum: number;
  sumOfSquares: number;
  count: number;
  saturatedCount: number;
  sample: Float32Array;
  sampleCount: number;
  /** Per unit, whether it had an output > 0 this epoch (relu family only). */
  alive: Uint8Array | null;
  lastEpochDead: number | null;
}

/**
 * Training statistics read off a network while a trainer steps it: update ratios and weight
 * and gradient distributions of every kernel, and the mean, spread, saturation and dead units
 * of every activation. Attach it with `trainer.observe(probe)`; a trainer without one does no
 * extra work. Sampled steps cost a copy of each kernel and a pass over each activation output.
 */
export class NetworkProbe implements StepObserver {
  /** Nodes with a kernel (dense), by depth: `network.denseIds`. */
  readonly kernelIds: readonly string[];
  /** Activation nodes by depth (longest path from the input), then topological order. */
  readonly activationIds: readonly string[];
  /** The function of each activation node, in `activationIds` order. */
  readonly activationFns: readonly ActivationFn[];
  private readonly kernels: KernelProbe[];
  private readonly activations: ActivationProbe[];
  private readonly scratch = new Float32Array(MAX_SAMPLE);
  private sampling = false;
  private sampledSteps = 0;
  private every: number;

  constructor(
    private readonly network: Network,
    compiled: CompiledNetwork,
    options: ProbeOptions,
  ) {
    this.every = checkedInterval(options.every);
    const roles = new Map(compiled.ops.map((op, i) => [op.nodeId, { op, i, role: PROBED_AS[op.node.type as OpType] }]));
    this.kernelIds = network.denseIds.filter((id) => roles.get(id)?.role === 'kernel');
    this.kernels = this.kernelIds.map((id) => {
      const kernel = network.nodeTensors(id).find((tensor) => tensor.name === 'kernel')!;
      return { value: kernel.value, grad: kernel.grad!, before: new Float32Array(kernel.value.length), ratioSum: 0, gradSample: new Float32Array(MAX_SAMPLE), gradCount: 0 };
    });
    const activationOps = [...roles.values()]
      .filter(({ role }) => role === 'activation')
      .sort((a, b) => a.op.depth - b.op.depth || a.i - b.i);
    this.activationIds = activationOps.map(({ op }) => op.nodeId);
    this.activationFns = activationOps.map(({ op }) => (op.node.params as { fn: ActivationFn }).fn);
    this.activations = activationOps.map(({ op }, a) => {
      const fn = this.activationFns[a]!;
      return {
        nodeId: op.nodeId,
        fn,
        sum: 0,
        sumOfSquares: 0,
        count: 0,
        saturatedCount: 0,
        sample: new Float32Array(MAX_SAMPLE),
        sampleCount: 0,
        alive: canDie(fn) ? new Uint8Array(op.width) : null,
        lastEpochDead: null,
      };
    });
  }

  /** Takes the statistics on every `every`-th step from now on (a faster run needs fewer samples per step). */
  sampleEvery(every: number): void {
    this.every = checkedInterval(every);
  }

  /** After the backward pass of step `step` (1-based), before weight decay and the update. */
  afterBackward(step: number): void {
    this.sampling = (step - 1) % this.every === 0;
    for (const activation of this.activations) {
      if (!activation.alive && !this.sampling) continue;
      const { values, rows, width } = this.network.nodeOutput(activation.nodeId);
      if (activation.alive) markAlive(values, rows, width, activation.alive);
      if (this.sampling) this.sampleActivation(activation, values, rows * width);
    }
    if (!this.sampling) return;
    for (const kernel of this.kernels) {
      kernel.before.set(kernel.value);
      kernel.gradCount = sampleInto(kernel.grad, kernel.grad.length, kernel.gradSample);
    }
  }

  /** After the optimizer moved the weights. */
  afterUpdate(): void {
    if (!this.sampling) return;
    for (const kernel of this.kernels) kernel.ratioSum += updateRatio(kernel.before, kernel.value);
    this.sampledSteps += 1;
  }

  /** When an epoch ends: the dead fractions of the epoch are kept for the reports until the next one ends. */
  epochEnded(): void {
    for (const activation of this.activations) {
      if (!activation.alive) continue;
      activation.lastEpochDead = deadFraction(activation.alive);
      activation.alive.fill(0);
    }
  }

  /** The statistics since the previous report; the means start again from here. */
  report(): ProbeReport {
    const steps = this.sampledSteps;
    const report: ProbeReport = {
      sampledSteps: steps,
      updateRatios: this.kernels.map((kernel) => kernel.ratioSum / steps),
      activationStats: this.activations.map(activationStats),
      quantiles: {
        weights: this.kernels.map((kernel) => quantilesOf(this.scratch, sampleInto(kernel.value, kernel.value.length, this.scratch))),
        gradients: this.kernels.map((kernel) => this.sortedCopyQuantiles(kernel.gradSample, kernel.gradCount)),
        activations: this.activations.map((activation) => this.sortedCopyQuantiles(activation.sample, activation.sampleCount)),
      },
    };
    this.sampledSteps = 0;
    for (const kernel of this.kernels) kernel.ratioSum = 0;
    for (const activation of this.activations) {
      activation.sum = 0;
      activation.sumOfSquares = 0;
      activation.count = 0;
      activation.saturatedCount = 0;
    }
    return report;
  }

  private sampleActivation(activation: ActivationProbe, values: FloatArray, count: number): void {
    let sum = 0;
    let sumOfSquares = 0;
    for (let i = 0; i < count; i++) {
      sum += values[i]!;
      sumOfSquares += values[i]! * values[i]!;
    }
    activation.sum += sum;
    activation.sumOfSquares += sumOfSquares;
    activation.count += count;
    if (canSaturate(activation.fn)) activation.saturatedCount += countSaturated(activation.fn, values, count);
    activation.sampleCount = sampleInto(values, count, activation.sample);
  }

  /** Quantiles of a kept sample, sorted in the scratch buffer so the sample stays as taken. */
  /**
   * The outputs of activation node `nodeId` at the latest sampled step: a copy of at most
   * `MAX_SAMPLE` of them (read at a regular stride), empty before the first sample.
   */
  activationSample(nodeId: string): Float32Array {
    const activation = this.activations.find((candidate) => candidate.nodeId === nodeId);
    if (!activation) throw new Error(`probe: ${nodeId} is not an activation node`);
    return activation.sample.slice(0, activation.sampleCount);
  }

  private sortedCopyQuantiles(sample: Float32Array, count: number): number[] {
    this.scratch.set(sample.subarray(0, count));
    return quantilesOf(this.scratch, count);
  }
}

function checkedInterval(every: number): number {
  if (!(Number.isInteger(every) && every >= 1)) throw new Error(`probe: every must be a whole number ≥ 1, got ${every}`);
  return every;
}

/** ‖after − before‖ / ‖before‖ (0 for an all-zero kernel that did not move, Infinity if it did). */
export function updateRatio(before: FloatArray, after: FloatArray): number {
  let change = 0;
  let size = 0;
  for (let i = 0; i < before.length; i++) {
    const delta = after[i]! - before[i]!;
    change += delta * delta;
    size += before[i]! * before[i]!;
  }
  return change === 0 ? 0 : Math.sqrt(change) / Math.sqrt(size);
}

function activationStats({ fn, sum, sumOfSquares, count, saturatedCount, alive, lastEpochDead }: ActivationProbe): ActivationStats {
  const mean = sum / count;
  return {
    mean,
    std: Math.sqrt(Math.max(0, sumOfSquares / count - mean * mean)),
    saturated: canSaturate(fn) ? saturatedCount / count : null,
    dead: alive ? (lastEpochDead ?? deadFraction(alive)) : null,
  };
}
