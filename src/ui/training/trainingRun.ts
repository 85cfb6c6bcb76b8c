import type { NetloomModel } from '../../model/index.ts';
import { unhandledMessage, type FromWorker, type Hyperparameters, type TableFile, type TensorSnapshot } from '../../worker/protocol.ts';
import { planTraining, type TrainingPlan } from '../../worker/protocol.ts';
import { applyWorkerMessage, crashMessage, withStatus } from './runRecord.ts';
import { getRunsState, setBoundary, setInspection, setPredictions, setStats, updateRun } from './runsStore.ts';
import type { ClientListener, TrainingClient } from './trainingClient.ts';

/** What a run reports to its owner, and the table file it sends to its worker. */
export interface TrainingRunOptions {
  /** The worker sent the current weights (every few seconds while running, and whenever it stops). */
  onWeights?(tensors: TensorSnapshot[]): void;
  /** The run stopped moving: paused, finished, diverged, crashed, or reset (after the weights it stopped on). */
  onStopped?(): void;
  /** The run stopped for good: finished, diverged or crashed. */
  onSettled?(): void;
  /** The table file the run trains on, sent with `init` (its bytes are transferred: give a copy). */
  table?: TableFile | undefined;
}

// Session numbers are unique across all runs, so a worker reused by a later run can never
// deliver an earlier run's late messages into the new record.
let lastSession = 0;

/**
 * One run: its record in the runs store and its session in a worker. It turns commands into
 * protocol messages and the worker's answers into store updates.
 */
export class TrainingRun implements ClientListener {
  private session = 0;
  /** True from `play` until the worker says it stopped: the UI must not wait for the echo. */
  private playing = false;
  readonly settings: TrainingPlan;
  private currentHyperparameters: Hyperparameters;
  private currentEpochs: number;

  constructor(
    readonly id: string,
    private readonly client: TrainingClient,
    private readonly model: NetloomModel,
    private readonly options: TrainingRunOptions = {},
  ) {
    this.settings = planTraining(model.training);
    this.currentHyperparameters = this.settings.hyperparameters;
    this.currentEpochs = this.settings.epochs;
  }

  /** The Epochs setting the worker has: where `play` stops. */
  get epochs(): number {
    return this.currentEpochs;
  }

  get hyperparameters(): Hyperparameters {
    return this.currentHyperparameters;
  }

  get isPlaying(): boolean {
    return this.playing;
  }

  /** Whether commands can still go to this run's session: it was started and neither crashed nor diverged. */
  get canContinue(): boolean {
    const status = getRunsState().runs.find((run) => run.id === this.id)?.status;
    return this.session !== 0 && status !== 'diverged' && status !== 'crashed';
  }

  start(): void {
    this.session = ++lastSession;
    this.client.listen(this);
    const { table } = this.options;
    this.client.send({ type: 'init', session: this.session, model: this.model, ...this.settings, ...(table ? { table } : {}) }, table ? [table.bytes] : []);
  }

  play(): void {
    this.playing = true;
    this.client.send({ type: 'play' });
  }

  pause(): void {
    this.client.send({ type: 'pause' });
  }

  /** Pauses and records why, e.g. "the graph was edited". */
  stop(reason: string): void {
    this.pause();
    this.playing = false;
    updateRun(this.id, (run) => withStatus(run, 'paused', reason));
  }

  step(): void {
    this.client.send({ type: 'step' });
  }

  stepEpoch(): void {
    this.client.send({ type: 'stepEpoch' });
  }

  reset(): void {
    this.session = ++lastSession;
    this.playing = false;
    this.client.send({ type: 'reset', session: this.session });
  }

  /** Which node the worker sends live views of (null: none). */
  inspect(nodeId: string | null): void {
    this.client.send({ type: 'inspect', nodeId });
  }

  /** Steps per second to train at (null: full speed). */
  setSpeed(stepsPerSecond: number | null): void {
    this.client.send({ type: 'setSpeed', stepsPerSecond });
  }

  /** Whether the worker records layer statistics. */
  setStatistics(on: boolean): void {
    this.client.send({ type: 'setStatistics', on });
  }

  setHyperparameters(hyperparameters: Hyperparameters): void {
    this.currentHyperparameters = hyperparameters;
    this.client.send({ type: 'setHyperparameters', hyperparameters });
  }

  setEpochs(epochs: number): void {
    this.currentEpochs = epochs;
    this.client.send({ type: 'setEpochs', epochs });
  }

  /** Stops listening; late messages of this run are ignored from now on. */
  detach(): void {
    this.playing = false;
    this.client.listen(undefined);
  }

  message(message: FromWorker): void {
    if (message.session !== undefined && message.session !== this.session) return;
    updateRun(this.id, (run) => applyWorkerMessage(run, message));
    switch (message.type) {
      case 'metrics':
        setStats(this.id, message.stats);
        return;
      case 'boundary':
        setBoundary(this.id, message.snapshot);
        return;
      case 'predictions':
        setPredictions(this.id, message.views);
        return;
      case 'inspection':
        setInspection(this.id, message.inspection);
        return;
      case 'weights':
        this.options.onWeights?.(message.tensors);
        return;
      case 'status':
        this.playing = message.status === 'running';
        if (!this.playing) this.options.onStopped?.();
        if (message.status === 'done') this.settle();
        return;
      case 'diverged':
        this.options.onStopped?.();
        this.settle();
        return;
      case 'error':
        this.playing = false;
        return;
      case 'ready':
      case 'pong':
        return;
      default:
        unhandledMessage(message);
    }
  }

  crashed(reason: string): void {
    this.session = 0;
    updateRun(this.id, (run) => withStatus(run, 'crashed', crashMessage(reason)));
    this.options.onStopped?.();
    this.settle();
  }

  private settle(): void {
    this.playing = false;
    const stats = getRunsState().stats.get(this.id);
    if (stats) setStats(this.id, { ...stats, samplesPerSecond: 0 });
    this.options.onSettled?.();
  }
}
