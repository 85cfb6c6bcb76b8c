import type { StepReport, TrainingSession } from './loopContracts.ts';
import type { Hyperparameters } from './protocol.ts';

/** Time that passes only when a test says so, in milliseconds. */
export interface FakeClock {
  t: number;
}

/**
 * A real session whose every step costs `stepMs` of fake time (tests only), so a training loop
 * on a fake clock slices, reports and evaluates exactly as on a machine where a step takes that long.
 */
export class TimedSession implements TrainingSession {
  constructor(
    private readonly session: TrainingSession,
    private readonly clock: FakeClock,
    private readonly stepMs: number,
  ) {}

  get denseIds() {
    return this.session.denseIds;
  }

  get stepsPerEpoch() {
    return this.session.stepsPerEpoch;
  }

  get completedEpochs() {
    return this.session.completedEpochs;
  }

  get batchSize() {
    return this.session.batchSize;
  }

  step(): StepReport {
    this.clock.t += this.stepMs;
    return this.session.step();
  }

  evaluate(split: 'train' | 'test') {
    return this.session.evaluate(split);
  }

  setHyperparameters(changes: Partial<Hyperparameters>): void {
    this.session.setHyperparameters(changes);
  }

  weightSnapshot() {
    return this.session.weightSnapshot();
  }

  boundary() {
    return this.session.boundary();
  }

  predictions() {
    return this.session.predictions();
  }

  reset(): void {
    this.session.reset();
  }

  get activations() {
    return this.session.activations;
  }

  setStatistics(on: boolean): void {
    this.session.setStatistics(on);
  }

  probeReport() {
    return this.session.probeReport();
  }

  inspect(nodeId: string) {
    return this.session.inspect(nodeId);
  }
}
