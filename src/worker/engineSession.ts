/** The training loop's session on the real engine: one `setUpTraining` run, stepped by the loop. */
import { NetworkProbe, setUpTraining, type KernelChoice, type ProbeReport, type TrainingPlan, type TrainingSetup } from '../engine/index.ts';
import type { NetloomModel } from '../model/index.ts';
import { decisionBoundary, planePoints, type PlanePoints } from './decisionBoundary.ts';
import { inspectNode } from './inspectNode.ts';
import type { InitMessage, TrainingSession } from './loopContracts.ts';
import type { NodeInspection, ProbedActivation } from './metricTypes.ts';
import type { Hyperparameters } from './protocol.ts';

/**
 * Statistics are taken every this many steps: each costs about a step's worth of copying
 * (every kernel once) and a pass over the activations, so this keeps them to a few per cent.
 */
export const PROBE_EVERY = 8;

class EngineSession implements TrainingSession {
  private setup: TrainingSetup;
  private probe: NetworkProbe;
  private statistics = true;
  private readonly points: PlanePoints | null;

  constructor(
    private readonly model: NetloomModel,
    private readonly plan: Pick<TrainingPlan, 'data' | 'hyperparameters'>,
    private readonly kernels: KernelChoice,
  ) {
    this.setup = setUpTraining(model, plan, { kernels });
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

  weights() {
    return this.setup.network.weights();
  }

  boundary() {
    return this.points && decisionBoundary(this.setup.network, this.points);
  }

  /** The same data, new weights from the seed (never the model's stored ones), the current hyperparameters. */
  reset(): void {
    const plan = { data: this.plan.data, hyperparameters: this.setup.trainer.hyperparameters };
    this.setup = setUpTraining({ ...this.model, weights: undefined }, plan, { kernels: this.kernels });
    this.probe = this.attachProbe();
  }

  setStatistics(on: boolean): void {
    this.statistics = on;
    this.setup.trainer.observe(on ? this.probe : null);
  }

  probeReport(): ProbeReport | null {
    if (!this.statistics) return null;
    const report = this.probe.report();
    return report.sampledSteps > 0 ? report : null;
  }

  inspect(nodeId: string): NodeInspection | null {
    return inspectNode(this.setup, this.probe, nodeId);
  }

  private attachProbe(): NetworkProbe {
    const probe = new NetworkProbe(this.setup.network, this.setup.compiled, { every: PROBE_EVERY });
    this.setup.trainer.observe(this.statistics ? probe : null);
    return probe;
  }
}

/**
 * Builds a session from an `init` message. Throws the compiler's CompileFailedError, naming
 * nodes, when the graph cannot train (the UI disables Train for those, so this is a last line of defence).
 */
export function createEngineSession({ model, data, hyperparameters, kernels = 'auto' }: InitMessage): TrainingSession {
  return new EngineSession(model, { data, hyperparameters }, kernels);
}
