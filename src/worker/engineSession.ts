/** The training loop's session on the real engine: one `setUpTraining` run, stepped by the loop. */
import {
  fixedProvider,
  NetworkProbe,
  predictionViews,
  setUpTraining,
  type KernelChoice,
  type ProbeReport,
  type TableLookup,
  type TrainingPlan,
  type TrainingSetup,
} from '../engine/index.ts';
import type { NetloomModel } from '../model/index.ts';
import { decisionBoundary, planePoints, type PlanePoints } from './decisionBoundary.ts';
import { inspectNode } from './inspectNode.ts';
import type { InitMessage, TrainingSession } from './loopContracts.ts';
import type { NodeInspection, ProbedActivation } from './metricTypes.ts';
import type { Hyperparameters } from './protocol.ts';

/**
 * Statistics are taken about this many times a second, however fast the network trains: each
 * sample costs about a step's worth of copying (every kernel once) and a pass over the
 * activations, so a fast network samples a small share of its steps, a slow or paced one all.
 */
export const PROBE_SAMPLES_PER_SECOND = 50;

/** Every how many steps to sample at a training speed of `stepsPerSecond`. */
export function probeInterval(stepsPerSecond: number): number {
  return Math.max(1, Math.round(stepsPerSecond / PROBE_SAMPLES_PER_SECOND));
}

/**
 * Below this, a window is mostly timer noise: a report right after another (an evaluation, then
 * the metrics it goes out with) once measured 90 steps in a fraction of a millisecond, set an
 * interval longer than the rest of the run, and the statistics stopped half-way.
 */
const MIN_SPEED_WINDOW_MS = 50;

/**
 * The speed that sets the sampling interval: `steps` over the time since the previous report,
 * counted as at most a second, so a pause in between makes only the next interval shorter
 * (sampling more for a moment), never longer. A paced run's speed is its pace. Null while the
 * window is shorter than `MIN_SPEED_WINDOW_MS`: too short to tell, so it goes on.
 */
export function reportedSpeed(steps: number, ms: number): number | null {
  return ms < MIN_SPEED_WINDOW_MS ? null : (steps * 1000) / Math.min(ms, 1000);
}

class EngineSession implements TrainingSession {
  private setup: TrainingSetup;
  private probe: NetworkProbe;
  private statistics = true;
  /** When, and at which step, the previous report was taken: the speed since then sets the sampling interval. */
  private lastReport = { at: 0, step: 0 };
  private readonly points: PlanePoints | null;

  constructor(
    private readonly model: NetloomModel,
    private readonly plan: Pick<TrainingPlan, 'data' | 'hyperparameters'>,
    private readonly kernels: KernelChoice,
    tables: TableLookup | undefined,
  ) {
    this.setup = setUpTraining(model, plan, { kernels, tables });
    this.probe = this.attachProbe();
    this.points = planePoints(this.setup.dataset);
  }

  get denseIds(): string[] {
    return this.setup.network.denseIds;
  }

  get activations(): ProbedActivation[] {
    const { activationIds, activationFns } = this.probe;
    return activationIds.map((id, a) => ({ id, fn: activationFns[a]! }));
  }

  get stepsPerEpoch(): number {
    return this.setup.trainer.stepsPerEpoch;
  }

  get completedEpochs(): number {
    return this.setup.trainer.epoch;
  }

  get batchSize(): number {
    return this.setup.trainer.hyperparameters.batchSize;
  }

  step() {
    return this.setup.trainer.step();
  }

  evaluate(split: 'train' | 'test') {
    return this.setup.trainer.evaluate(split);
  }

  setHyperparameters(changes: Partial<Hyperparameters>): void {
    this.setup.trainer.setHyperparameters(changes);
  }

  weightSnapshot() {
    return this.setup.network.weightSnapshot();
  }

  boundary() {
    return this.points && decisionBoundary(this.setup.network, this.points);
  }

  predictions() {
    return predictionViews(this.setup.network, this.setup.dataset);
  }

  /** The same rows, new weights from the seed (never the model's stored ones), the current hyperparameters. */
  reset(): void {
    const plan = { data: this.plan.data, hyperparameters: this.setup.trainer.hyperparameters };
    const provider = fixedProvider(this.setup.dataset);
    this.setup = setUpTraining({ ...this.model, weights: undefined }, plan, { kernels: this.kernels, provider });
    this.probe = this.attachProbe();
  }

  setStatistics(on: boolean): void {
    this.statistics = on;
    this.setup.trainer.observe(on ? this.probe : null);
  }

  probeReport(): ProbeReport | null {
    if (!this.statistics) return null;
    this.retuneSampling();
    const report = this.probe.report();
    return report.sampledSteps > 0 ? report : null;
  }

  inspect(nodeId: string): NodeInspection | null {
    return inspectNode(this.setup, this.probe, nodeId);
  }

  private retuneSampling(): void {
    const now = performance.now();
    const step = this.setup.trainer.stepCount;
    const speed = reportedSpeed(step - this.lastReport.step, now - this.lastReport.at);
    if (speed === null) return;
    if (speed > 0) this.probe.sampleEvery(probeInterval(speed));
    this.lastReport = { at: now, step };
  }

  private attachProbe(): NetworkProbe {
    this.lastReport = { at: performance.now(), step: 0 };
    const probe = new NetworkProbe(this.setup.network, this.setup.compiled, { every: 1 });
    this.setup.trainer.observe(this.statistics ? probe : null);
    return probe;
  }
}

/**
 * Builds a session from an `init` message, on the tables the worker has read for it. Throws the
 * compiler's CompileFailedError, naming nodes, when the graph cannot train (the UI disables Train
 * for those, so this is a last line of defence), and the error reading the table, if any.
 */
export function createEngineSession({ model, data, hyperparameters, kernels = 'auto' }: InitMessage, tables?: TableLookup): TrainingSession {
  return new EngineSession(model, { data, hyperparameters }, kernels, tables);
}
