/**
 * The worker's training loop, free of worker APIs so tests drive it with a fake clock: it trains
 * in time slices, yielding between them so `pause` and hyperparameter changes get in, and
 * reports in batches at a bounded rate however fast the network trains.
 */
import { Cadence } from './cadence.ts';
import { evaluationEveryEpochs, isEvaluationStep } from './evaluationSchedule.ts';
import { MetricsRecorder } from './metricsRecorder.ts';
import { Pace } from './pace.ts';
import { BatchTooSmallError, TrainingDivergedError } from '../engine/index.ts';
import type { InitMessage, LoopHost, StepReport, TrainingSession } from './loopContracts.ts';
import type { PredictionViews } from './metricTypes.ts';
import { unhandledMessage, type Evaluation, type FromWorker, type Hyperparameters, type SessionStatus, type ToWorker } from './protocol.ts';

/** Training time between two yields: short enough that a pause is obeyed at once. */
const SLICE_MS = 12;
/**
 * 10 metrics batches a second: live enough for charts (each batch re-renders them, the costliest
 * thing on the page), and with boundaries (≤ 4/s) and weights (1 per 5 s) well under 30 messages/s.
 */
export const METRICS_INTERVAL_MS = 100;
const BOUNDARY_INTERVAL_MS = 250;
/** The inspected node's tensors, as often as the boundary: live enough to watch a heatmap change. */
const INSPECTION_INTERVAL_MS = 250;
/**
 * Weights while training, for the crash recovery and an export mid-run: a copy transferred as
 * typed arrays, which the page holds without parsing. Whenever training stops (paused, done,
 * diverged) they are sent at once, and the page writes them into its document then.
 */
const WEIGHTS_INTERVAL_MS = 5000;
/** The most of the time the boundary grid may take, so training keeps most of it. */
const BOUNDARY_SHARE = 0.1;

export class TrainingLoop {
  private session: TrainingSession | undefined;
  private sessionId = 0;
  private recorder = new MetricsRecorder(0);
  private running = false;
  private diverged = false;
  private sliceQueued = false;
  /** The Epochs setting: where a run stops, and how many more a Train after a finished run adds. */
  private epochsPerPlay = 0;
  private targetEpochs = 0;
  private evaluateEveryEpochs = 1;
  /** Where the current epoch began, for the fractional epoch of each point. */
  private epochStartStep = 0;
  private lastStep = 0;
  private lastEvaluation: Evaluation | undefined;
  /** The prediction views taken with the last evaluation, until they are posted. */
  private unsentViews: PredictionViews | undefined;
  private samplesInWindow = 0;
  private windowStart = 0;
  private readonly metricsCadence = new Cadence(METRICS_INTERVAL_MS);
  private readonly boundaryCadence = new Cadence(BOUNDARY_INTERVAL_MS, BOUNDARY_SHARE);
  private readonly weightsCadence = new Cadence(WEIGHTS_INTERVAL_MS);
  private readonly inspectionCadence = new Cadence(INSPECTION_INTERVAL_MS);
  private readonly pace = new Pace();
  private statistics = true;
  private inspected: string | null = null;

  constructor(private readonly host: LoopHost) {}

  handle(message: ToWorker): void {
    switch (message.type) {
      case 'init':
        return this.init(message);
      case 'play':
        return this.play();
      case 'pause':
        return this.stop('paused');
      case 'step':
        return this.stepWhile(() => false);
      case 'stepEpoch': {
        const epoch = this.session?.completedEpochs ?? 0;
        return this.stepWhile((session) => session.completedEpochs === epoch);
      }
      case 'reset':
        return this.reset(message.session);
      case 'setHyperparameters':
        return this.setHyperparameters(message.hyperparameters);
      case 'setEpochs':
        return this.setEpochs(message.epochs);
      case 'ping':
        return this.host.post({ type: 'pong' });
      case 'setStatistics':
        this.statistics = message.on;
        return this.session?.setStatistics(message.on);
      case 'inspect':
        this.inspected = message.nodeId;
        return this.postInspection();
      case 'setSpeed':
        return this.pace.set(message.stepsPerSecond, this.host.now());
      case 'debugCrash':
        return this.host.defer(() => {
          throw new Error('crash requested by the debug hook');
        });
      case 'debugHang':
        return this.host.defer(hangForever);
      default:
        return unhandledMessage(message);
    }
  }

  private init(message: InitMessage): void {
    this.running = false;
    this.sessionId = message.session;
    this.epochsPerPlay = message.epochs;
    this.targetEpochs = message.epochs;
    this.evaluateEveryEpochs = evaluationEveryEpochs(message.data.trainFraction);
    try {
      this.session = this.host.createSession(message);
    } catch (error) {
      this.session = undefined;
      this.host.post({ type: 'error', session: this.sessionId, message: errorText(error) });
      return;
    }
    // The weights a session starts from are the page's own (or its seed's): nothing to send back.
    this.begin({ weights: false });
  }

  private reset(session: number): void {
    if (!this.session) return;
    this.running = false;
    this.sessionId = session;
    this.session.reset();
    this.targetEpochs = this.epochsPerPlay;
    this.begin({ weights: true });
  }

  /**
   * A new Epochs setting applies at once: a running loop stops when it reaches it, and a stopped
   * one trains up to it on the next play (or, already past it, as many epochs again).
   */
  private setEpochs(epochs: number): void {
    this.epochsPerPlay = epochs;
    const session = this.session;
    if (!session) return;
    if (this.running || session.completedEpochs < epochs) this.targetEpochs = epochs;
    if (!this.running) this.postMetrics();
  }

  /** A fresh history on the session's current weights. */
  private begin(send: { weights: boolean }): void {
    const session = this.session!;
    session.setStatistics(this.statistics);
    this.diverged = false;
    this.recorder = new MetricsRecorder(session.denseIds.length);
    this.epochStartStep = 0;
    this.lastStep = 0;
    this.lastEvaluation = undefined;
    this.unsentViews = undefined;
    const { denseIds, activations, stepsPerEpoch } = session;
    this.host.post({ type: 'ready', session: this.sessionId, denseIds, activations, stepsPerEpoch });
    this.publishAll('idle', send);
    // The page has these weights either way: the next copy is due a full interval from now.
    const now = this.host.now();
    this.weightsCadence.ran(now, now);
  }

  private play(): void {
    const session = this.usableSession();
    if (!session || this.running) return;
    // Train again after a finished run: as many epochs as the run had, on top.
    if (session.completedEpochs >= this.targetEpochs) this.targetEpochs = session.completedEpochs + this.epochsPerPlay;
    this.running = true;
    this.samplesInWindow = 0;
    this.windowStart = this.host.now();
    this.pace.restart(this.windowStart);
    this.metricsCadence.ran(this.windowStart, this.windowStart);
    this.post({ type: 'status', status: 'running' });
    this.queueSlice();
  }

  /** A batch size the network cannot train on (1, with BatchNorm) is refused: the run pauses and says why. */
  private setHyperparameters(changes: Partial<Hyperparameters>): void {
    try {
      this.session?.setHyperparameters(changes);
    } catch (error) {
      if (!(error instanceof BatchTooSmallError)) throw error;
      this.stop('paused');
      this.post({ type: 'error', message: error.message });
    }
  }

  private stop(status: Exclude<SessionStatus, 'running'>): void {
    if (!this.running && status === 'paused') return;
    this.running = false;
    this.publishAll(status);
  }

  /** Steps once, then while `more` holds; used by Step and Step epoch, which pause a running loop. */
  private stepWhile(more: (session: TrainingSession) => boolean): void {
    const session = this.usableSession();
    if (!session) return;
    this.running = false;
    do {
      if (!this.advance(session)) return;
    } while (more(session));
    this.publishAll('paused');
  }

  private usableSession(): TrainingSession | undefined {
    if (this.diverged) {
      this.post({ type: 'error', message: 'This run diverged. Reset it (or lower the learning rate and train a new run).' });
      return undefined;
    }
    if (!this.session) this.host.post({ type: 'error', message: 'No network is loaded in the training worker.' });
    return this.session;
  }

  private queueSlice(): void {
    if (this.sliceQueued) return;
    this.sliceQueued = true;
    const wait = this.pace.wait(this.host.now());
    if (wait > 0) this.host.after(wait, this.runSlice);
    else this.host.defer(this.runSlice);
  }

  private readonly runSlice = (): void => {
    this.sliceQueued = false;
    const session = this.session;
    if (!this.running || !session) return;
    const end = this.host.now() + SLICE_MS;
    while (this.host.now() < end && this.pace.isDue(this.host.now())) {
      if (!this.advance(session)) return;
      this.pace.took();
      if (session.completedEpochs >= this.targetEpochs) return this.stop('done');
    }
    this.publishDue();
    this.queueSlice();
  };

  /** One step, recorded; false when the loss diverged (the loop has then stopped and said so). */
  private advance(session: TrainingSession): boolean {
    const epochBefore = session.completedEpochs;
    let report: StepReport;
    try {
      report = session.step();
    } catch (error) {
      if (!(error instanceof TrainingDivergedError)) throw error;
      this.diverge(error);
      return false;
    }
    this.lastStep = report.step;
    this.samplesInWindow += session.batchSize;
    const epochEnded = session.completedEpochs > epochBefore;
    if (epochEnded) this.epochStartStep = report.step;
    const epoch = session.completedEpochs + (report.step - this.epochStartStep) / session.stepsPerEpoch;
    this.recorder.record(report.step, epoch, report.loss, report.gradNorms);
    if (isEvaluationStep(epochEnded, session.completedEpochs, this.evaluateEveryEpochs)) this.evaluate(session);
    return true;
  }

  /**
   * Measures both splits after the last step, and takes the views of the test split on the same
   * weights (so the matrix and the accuracy agree); the scores go on that step's point and into the
   * stats. The layer statistics so far go with them, so a run that ends in a second still has a
   * history of them.
   */
  private evaluate(session: TrainingSession): void {
    this.lastEvaluation = { step: this.lastStep, train: session.evaluate('train'), test: session.evaluate('test') };
    this.unsentViews = session.predictions();
    this.recorder.attachEvaluation(this.lastEvaluation);
    this.recorder.recordProbe(this.lastStep, session.probeReport());
  }

  /** The points so far and the weights of the last good step (the engine has kept them finite), then why it stopped. */
  private diverge(error: TrainingDivergedError): void {
    this.running = false;
    this.diverged = true;
    this.recorder.flush();
    this.postMetrics();
    this.postWeights();
    this.post({ type: 'diverged', step: error.step, epoch: error.epoch, message: error.message });
  }

  /**
   * While running: the metrics batch, with the boundary and weights when they are due. They go
   * out together so the page, which re-renders at most once a frame, re-renders once per batch.
   */
  private publishDue(): void {
    const now = this.host.now();
    if (!this.metricsCadence.isDue(now)) return;
    this.postMetrics();
    if (this.boundaryCadence.isDue(now)) this.postBoundary();
    if (this.inspectionCadence.isDue(now)) this.postInspection();
    if (this.weightsCadence.isDue(now)) this.postWeights();
  }

  /** When training stops: everything, measured on the weights being sent, the series up to the last step. */
  private publishAll(status: Exclude<SessionStatus, 'running'>, send = { weights: true }): void {
    if (this.session && this.lastEvaluation?.step !== this.lastStep) this.evaluate(this.session);
    this.recorder.flush();
    this.postMetrics();
    this.postBoundary();
    this.postInspection();
    if (send.weights) this.postWeights();
    this.post({ type: 'status', status });
  }

  private postMetrics(): void {
    const session = this.session;
    if (!session) return;
    const now = this.host.now();
    const seconds = (now - this.windowStart) / 1000;
    const samplesPerSecond = this.running && seconds > 0 ? this.samplesInWindow / seconds : 0;
    this.samplesInWindow = 0;
    this.windowStart = now;
    this.metricsCadence.ran(now, now);
    const stats = {
      epoch: session.completedEpochs,
      step: this.lastStep,
      samplesPerSecond,
      targetEpochs: this.targetEpochs,
      evaluation: this.lastEvaluation,
    };
    this.recorder.recordProbe(this.lastStep, session.probeReport());
    this.post({ type: 'metrics', ...this.recorder.drain(), stats });
    if (this.unsentViews) this.post({ type: 'predictions', views: this.unsentViews });
    this.unsentViews = undefined;
  }

  private postBoundary(): void {
    const start = this.host.now();
    const snapshot = this.session?.boundary();
    this.boundaryCadence.ran(start, this.host.now());
    if (snapshot) this.post({ type: 'boundary', snapshot });
  }

  private postInspection(): void {
    const now = this.host.now();
    this.inspectionCadence.ran(now, now);
    const inspection = this.inspected === null ? null : this.session?.inspect(this.inspected);
    if (inspection) this.post({ type: 'inspection', inspection });
  }

  private postWeights(): void {
    if (!this.session) return;
    const now = this.host.now();
    this.weightsCadence.ran(now, now);
    const tensors = this.session.weightSnapshot();
    this.post({ type: 'weights', tensors }, tensors.map((tensor) => tensor.values.buffer));
  }

  /** Posts a message stamped with the current session. */
  private post(message: UnstampedMessage, transfer?: Transferable[]): void {
    // Spreading a union loses its discriminant for TypeScript; the shape is unchanged.
    this.host.post({ ...message, session: this.sessionId } as FromWorker, transfer);
  }
}

/** `Omit` applied to each member of a union on its own, so the result is still a union. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A worker → UI message before `post` adds the session number. */
type UnstampedMessage = OmitEach<FromWorker, 'session'>;

/** What the debug hook for a hung worker runs: a loop that never yields (only `terminate()` ends it). */
function hangForever(): void {
  for (;;);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
