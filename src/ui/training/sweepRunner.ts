/**
 * Runs many short trainings (the depth sweep) on a few workers of their own: each worker takes
 * the next job when its run ends, the progress is reported after each, and a cancel stops them all.
 */
import { unhandledMessage, type FromWorker } from '../../worker/protocol.ts';
import { planTraining } from '../../worker/protocol.ts';
import type { SweepJob, SweepResult } from '../dashboard/depthSweep.ts';
import { gradientRatio } from '../dashboard/fixesExperiment.ts';
import { TrainingClient, type WorkerLike } from './trainingClient.ts';
import type { GradientPoint } from './runTypes.ts';

export interface SweepProgress {
  total: number;
  /** Results so far, in the order the runs ended. */
  results: SweepResult[];
  state: 'running' | 'done' | 'cancelled';
}

export interface SweepOptions {
  /** Workers training at once. */
  workers: number;
  onProgress(progress: SweepProgress): void;
  /** For tests: how a worker is made. */
  spawn?: () => WorkerLike;
}

/** One worker and the job it trains. */
class SweepSlot {
  private readonly client: TrainingClient;
  private job: SweepJob | undefined;
  private session = 0;
  private denseIds: string[] = [];
  private gradients: GradientPoint[] = [];
  private testAccuracy: number | null = null;

  constructor(
    spawn: (() => WorkerLike) | undefined,
    private readonly finished: (slot: SweepSlot, result: SweepResult) => void,
  ) {
    this.client = new TrainingClient(spawn);
    this.client.listen({ message: (message) => this.message(message), crashed: (reason) => this.end(null, `The worker crashed (${reason}).`) });
  }

  train(job: SweepJob): void {
    this.job = job;
    this.session += 1;
    this.gradients = [];
    this.testAccuracy = null;
    // Statistics are off: the sweep reads the gradient norms alone, and each run is faster for it.
    this.client.send({ type: 'setStatistics', on: false });
    this.client.send({ type: 'init', session: this.session, model: job.model, ...planTraining(job.model.training) });
    this.client.send({ type: 'play' });
  }

  dispose(): void {
    this.job = undefined;
    this.client.dispose();
  }

  private message(message: FromWorker): void {
    if (message.session !== undefined && message.session !== this.session) return;
    switch (message.type) {
      case 'metrics':
        this.gradients.push(...message.gradients);
        this.testAccuracy = message.stats.evaluation?.test.accuracy ?? this.testAccuracy;
        return;
      case 'status':
        if (message.status === 'done' && this.job) this.end(gradientRatio({ denseIds: this.denseIds, gradients: this.gradients }, this.job).recent, null);
        return;
      case 'diverged':
        return this.end(null, message.message);
      case 'error':
        return this.end(null, message.message);
      case 'ready':
        this.denseIds = message.denseIds;
        return;
      case 'boundary':
      case 'predictions':
      case 'weights':
      case 'inspection':
      case 'pong':
        return;
      default:
        unhandledMessage(message);
    }
  }

  private end(ratio: number | null, problem: string | null): void {
    const job = this.job;
    if (!job) return;
    this.job = undefined;
    const result: SweepResult = { fn: job.fn, depth: job.depth, gradientRatio: problem ? null : ratio, testAccuracy: problem ? null : this.testAccuracy };
    this.finished(this, problem ? { ...result, problem } : result);
  }
}

export class SweepRunner {
  private readonly queue: SweepJob[];
  private readonly slots: SweepSlot[] = [];
  private readonly progress: SweepProgress;

  constructor(
    jobs: readonly SweepJob[],
    private readonly options: SweepOptions,
  ) {
    this.queue = [...jobs];
    this.progress = { total: jobs.length, results: [], state: 'running' };
  }

  start(): void {
    const count = Math.min(this.options.workers, this.queue.length);
    for (let i = 0; i < count; i++) {
      const slot = new SweepSlot(this.options.spawn, (done, result) => this.finished(done, result));
      this.slots.push(slot);
      slot.train(this.queue.shift()!);
    }
    if (count === 0) this.settle('done');
  }

  /** Stops every run at once; the results so far are kept. */
  cancel(): void {
    if (this.progress.state === 'running') this.settle('cancelled');
  }

  private finished(slot: SweepSlot, result: SweepResult): void {
    if (this.progress.state !== 'running') return;
    this.progress.results = [...this.progress.results, result];
    const next = this.queue.shift();
    if (next) slot.train(next);
    if (this.progress.results.length === this.progress.total) this.settle('done');
    else this.report();
  }

  private settle(state: SweepProgress['state']): void {
    this.progress.state = state;
    for (const slot of this.slots) slot.dispose();
    this.report();
  }

  private report(): void {
    this.options.onProgress({ ...this.progress });
  }
}
