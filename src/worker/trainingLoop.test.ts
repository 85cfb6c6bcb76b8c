import { describe, expect, it } from 'vitest';
import type { FromWorker, Hyperparameters, ToWorker } from './protocol.ts';
import { BatchTooSmallError, TrainingDivergedError } from '../engine/index.ts';
import type { InitMessage, StepReport, TrainingSession } from './loopContracts.ts';
import { METRICS_INTERVAL_MS, TrainingLoop } from './trainingLoop.ts';
import { xorTemplate } from '../model/index.ts';
import { initFor } from './initMessage.testkit.ts';

const STEPS_PER_EPOCH = 10;
const BATCH = 16;

/** A session whose every step costs `stepMs` of fake time, each evaluation `evaluateMs`, and which may diverge at a given step. */
class FakeSession implements TrainingSession {
  readonly denseIds = ['dense1', 'dense2'];
  readonly activations = [{ id: 'act1', fn: 'tanh' as const }];
  statistics: boolean[] = [];
  private reportedAt = 0;
  readonly stepsPerEpoch = STEPS_PER_EPOCH;
  readonly batchSize = BATCH;
  hyperparameterChanges: Partial<Hyperparameters>[] = [];
  resets = 0;
  private steps = 0;
  private readonly report: StepReport = { step: 0, loss: 0, gradNorms: new Float64Array(2) };

  constructor(
    private readonly clock: FakeClock,
    private readonly stepMs: number,
    private readonly divergeAt = Infinity,
    private readonly evaluateMs = 0,
  ) {}

  get completedEpochs(): number {
    return Math.floor(this.steps / STEPS_PER_EPOCH);
  }

  step(): StepReport {
    this.clock.t += this.stepMs;
    if (this.steps + 1 >= this.divergeAt) throw new TrainingDivergedError(this.steps + 1, this.completedEpochs + 1, NaN);
    this.steps += 1;
    this.report.step = this.steps;
    this.report.loss = 1 / this.steps;
    this.report.gradNorms.set([0.5, 1]);
    return this.report;
  }

  evaluate() {
    this.clock.t += this.evaluateMs;
    return { loss: 1 / Math.max(this.steps, 1), accuracy: 0.9 };
  }

  setHyperparameters(changes: Partial<Hyperparameters>) {
    if (changes.batchSize === 1) throw new BatchTooSmallError('BatchNorm node "bn"', 1, 2);
    this.hyperparameterChanges.push(changes);
  }

  weightSnapshot() {
    return [{ nodeId: 'dense1', name: 'kernel', shape: [1, 1], values: Float32Array.of(this.steps) }];
  }

  boundary() {
    return null;
  }

  predictions() {
    const counts = Int32Array.of(this.steps, 1, 0, this.steps);
    return { confusion: { classes: ['0', '1'], counts, rowShares: new Float32Array(4), total: 2 * this.steps + 1 }, digits: null, regression: null };
  }

  reset() {
    this.resets += 1;
    this.steps = 0;
    this.reportedAt = 0;
  }

  setStatistics(on: boolean) {
    this.statistics.push(on);
  }

  /** A report of the steps since the last one, as the engine's probe gives (none without new steps). */
  probeReport() {
    if (this.steps === this.reportedAt) return null;
    this.reportedAt = this.steps;
    const stats = { mean: 0, std: 1, saturated: 0.5, dead: null };
    return { sampledSteps: 1, updateRatios: [1e-3, 1e-2], activationStats: [stats], quantiles: { weights: [], gradients: [], activations: [] } };
  }

  inspect(nodeId: string) {
    if (nodeId !== 'dense1') return null;
    return { kind: 'dense' as const, nodeId, step: this.steps, kernel: Float32Array.of(this.steps), units: 1, inputs: 1, bias: null };
  }
}

interface FakeClock {
  t: number;
}

/** The loop with a fake clock and event loop; every posted message goes through structuredClone as in a real worker. */
function harness(options: { stepMs?: number; divergeAt?: number; epochs?: number; evaluateMs?: number } = {}) {
  const clock: FakeClock = { t: 0 };
  const session = new FakeSession(clock, options.stepMs ?? 0.01, options.divergeAt, options.evaluateMs);
  const tasks: (() => void)[] = [];
  const messages: { at: number; message: FromWorker; transferred: number }[] = [];
  const loop = new TrainingLoop({
    now: () => clock.t,
    defer: (task) => tasks.push(task),
    // A fake event loop with nothing else to do: the timer's task runs as soon as its time has come.
    after: (ms, task) => {
      const due = clock.t + ms;
      tasks.push(() => {
        clock.t = Math.max(clock.t, due);
        task();
      });
    },
    // As postMessage does: the buffers in `transfer` move to the copy, and are left empty here.
    post: (message, transfer = []) => messages.push({ at: clock.t, message: structuredClone(message, { transfer }), transferred: transfer.length }),
    createSession: () => session,
  });
  const init: InitMessage = {
    type: 'init',
    session: 1,
    model: xorTemplate(),
    data: { source: { kind: 'generated', name: 'xor' }, seed: 1, noise: 0, trainFraction: 0.5 },
    hyperparameters: { optimizer: 'sgd', lr: 0.1, batchSize: BATCH, l2: 0 },
    epochs: options.epochs ?? 1_000_000,
  };
  const send = (message: ToWorker) => loop.handle(message);
  /** Runs queued tasks until `ms` of fake time have passed or nothing is left to do. */
  const runFor = (ms: number) => {
    const end = clock.t + ms;
    while (tasks.length > 0 && clock.t < end) {
      tasks.shift()!();
      clock.t += 0.05; // the hop through the event loop between slices
    }
  };
  const ofType = <T extends FromWorker['type']>(type: T, since = 0) =>
    messages
      .slice(since)
      .map(({ message }) => message)
      .filter((message): message is Extract<FromWorker, { type: T }> => message.type === type);
  send(init);
  return { clock, session, tasks, messages, send, runFor, ofType };
}

describe('TrainingLoop', () => {
  it('announces a new session with its layers and a first evaluation, but not the weights the page sent', () => {
    const { ofType } = harness();
    expect(ofType('ready')).toEqual([
      { type: 'ready', session: 1, denseIds: ['dense1', 'dense2'], activations: [{ id: 'act1', fn: 'tanh' }], stepsPerEpoch: 10 },
    ]);
    expect(ofType('status').map((m) => m.status)).toEqual(['idle']);
    expect(ofType('weights')).toHaveLength(0);
    expect(ofType('metrics')[0]!.stats).toMatchObject({ step: 0, epoch: 0, evaluation: { step: 0 } });
  });

  it('posts at most ~30 messages a second however fast it trains', () => {
    const { send, runFor, messages, ofType } = harness({ stepMs: 0.001 });
    const before = messages.length;
    send({ type: 'play' });
    runFor(1000);
    const stats = ofType('metrics').at(-1)!.stats;
    expect(stats.step).toBeGreaterThan(500_000);
    expect(ofType('metrics', before).length).toBeLessThanOrEqual(1000 / METRICS_INTERVAL_MS + 1);
    expect(messages.length - before).toBeLessThanOrEqual(30);
    // ~1 step per µs of fake time, minus the hops between slices.
    expect(stats.samplesPerSecond).toBeGreaterThan(0.9 * 1_000_000 * BATCH);
  });

  it('yields between slices so a pause gets in, then reports the stopped state', () => {
    const { send, runFor, tasks, ofType, messages } = harness();
    send({ type: 'play' });
    runFor(100);
    const before = messages.length;
    send({ type: 'pause' });
    runFor(100);
    expect(tasks).toHaveLength(0);
    const after = messages.slice(before).map(({ message }) => message.type);
    expect(after).toEqual(['metrics', 'predictions', 'weights', 'status']);
    const stats = ofType('metrics').at(-1)!.stats;
    expect(stats.samplesPerSecond).toBe(0);
    expect(stats.evaluation?.step).toBe(stats.step);
    // the views are taken with the evaluation, on the same weights
    expect(ofType('predictions').at(-1)!.views.confusion!.counts[0]).toBe(stats.step);
    expect(ofType('weights').at(-1)!.tensors).toEqual([{ nodeId: 'dense1', name: 'kernel', shape: [1, 1], values: Float32Array.of(stats.step) }]);
  });

  it('transfers the weights’ buffers rather than copying them, every 5 s while training (issue 15 item 17)', () => {
    const { send, runFor, messages } = harness();
    send({ type: 'play' });
    runFor(12_000);
    const weights = messages.filter(({ message }) => message.type === 'weights');
    expect(weights.map(({ at }) => Math.floor(at / 5000))).toEqual([1, 2]);
    expect(weights.every(({ transferred }) => transferred === 1)).toBe(true);
  });

  it('keeps every step while few, then averages, so a long run stays small', () => {
    const { send, runFor, ofType } = harness({ stepMs: 0.002 });
    send({ type: 'play' });
    runFor(1000);
    const points = ofType('metrics').flatMap((m) => m.points);
    const steps = points.map((p) => p.step);
    expect(steps.slice(0, 100)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(steps.every((step, i) => i === 0 || step > steps[i - 1]!)).toBe(true);
    const lastStep = ofType('metrics').at(-1)!.stats.step;
    expect(lastStep).toBeGreaterThan(400_000);
    expect(points.length).toBeLessThan(12_000);
    expect(ofType('metrics').flatMap((m) => m.gradients)).toHaveLength(points.length);
  });

  it('attaches test metrics to epoch ends and a fractional epoch to every point', () => {
    const { send, ofType } = harness();
    send({ type: 'stepEpoch' });
    const points = ofType('metrics').flatMap((m) => m.points);
    expect(points.map((p) => p.epoch)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1].map((e) => expect.closeTo(e)));
    expect(points.at(-1)).toMatchObject({ step: 10, testLoss: 0.1, testAccuracy: 0.9, accuracy: 0.9 });
    expect(points[0]).toMatchObject({ accuracy: null });
    expect(points[0]).not.toHaveProperty('testLoss');
  });

  it('evaluates every 7th epoch end of a 50 % split however slow evaluating is, and the last step when it stops', () => {
    const { send, runFor, ofType } = harness({ evaluateMs: 50, epochs: 16 });
    send({ type: 'play' });
    runFor(10_000);
    const points = ofType('metrics').flatMap((m) => m.points);
    const evaluated = points.filter((p) => p.testLoss !== undefined).map((p) => p.step);
    expect(evaluated).toEqual([7, 14, 16].map((epoch) => epoch * STEPS_PER_EPOCH));
    const stats = ofType('metrics').at(-1)!.stats;
    expect(points.at(-1)!.step).toBe(stats.step);
    expect(stats.evaluation!.step).toBe(stats.step);
  });

  it('on a pause mid-epoch, evaluates the last step and puts it on that step’s point', () => {
    const { send, runFor, ofType } = harness({ stepMs: 1 });
    send({ type: 'play' });
    runFor(203);
    send({ type: 'pause' });
    const points = ofType('metrics').flatMap((m) => m.points);
    const stats = ofType('metrics').at(-1)!.stats;
    expect(stats.step % STEPS_PER_EPOCH).not.toBe(0);
    expect(points.at(-1)).toMatchObject({ step: stats.step, testLoss: 1 / stats.step, testAccuracy: 0.9 });
  });

  it('steps one batch, or to the end of the epoch, and reports each as paused', () => {
    const { send, ofType } = harness();
    send({ type: 'step' });
    expect(ofType('metrics').at(-1)!.stats.step).toBe(1);
    send({ type: 'stepEpoch' });
    expect(ofType('metrics').at(-1)!.stats).toMatchObject({ step: 10, epoch: 1 });
    expect(ofType('status').map((m) => m.status)).toEqual(['idle', 'paused', 'paused']);
  });

  it('stops by itself after the run’s epochs, and a new play trains as many again', () => {
    const { send, runFor, ofType } = harness({ epochs: 3 });
    send({ type: 'play' });
    runFor(100);
    expect(ofType('status').at(-1)!.status).toBe('done');
    expect(ofType('metrics').at(-1)!.stats).toMatchObject({ epoch: 3, step: 30, targetEpochs: 3 });
    send({ type: 'play' });
    runFor(100);
    expect(ofType('metrics').at(-1)!.stats).toMatchObject({ epoch: 6, targetEpochs: 6 });
  });

  it('applies a new Epochs setting: a finished run trains up to it, a running one stops at it', () => {
    const { send, runFor, ofType } = harness({ epochs: 3, stepMs: 1 });
    send({ type: 'play' });
    runFor(100);
    send({ type: 'setEpochs', epochs: 10 });
    expect(ofType('metrics').at(-1)!.stats).toMatchObject({ epoch: 3, targetEpochs: 10 });
    send({ type: 'play' });
    runFor(100);
    expect(ofType('metrics').at(-1)!.stats).toMatchObject({ epoch: 10, targetEpochs: 10 });
    expect(ofType('status').at(-1)!.status).toBe('done');

    send({ type: 'setEpochs', epochs: 1_000 });
    send({ type: 'play' });
    runFor(13); // one slice: 12 steps
    send({ type: 'setEpochs', epochs: 12 });
    runFor(1000);
    expect(ofType('status').at(-1)!.status).toBe('done');
    expect(ofType('metrics').at(-1)!.stats).toMatchObject({ epoch: 12, targetEpochs: 12 });
  });

  it('starts a reset run towards the current Epochs setting', () => {
    const { send, runFor, ofType } = harness({ epochs: 3 });
    send({ type: 'play' });
    runFor(100);
    send({ type: 'setEpochs', epochs: 7 });
    send({ type: 'reset', session: 2 });
    expect(ofType('metrics').at(-1)!.stats).toMatchObject({ epoch: 0, targetEpochs: 7 });
  });

  it('on divergence sends the last good points, then says where and why, and trains no more', () => {
    const { send, runFor, messages, ofType, tasks } = harness({ divergeAt: 312 });
    send({ type: 'play' });
    runFor(100);
    expect(tasks).toHaveLength(0);
    const diverged = ofType('diverged');
    expect(diverged).toEqual([
      { type: 'diverged', session: 1, step: 312, epoch: 32, message: 'Loss became NaN at step 312 (epoch 32) — try a lower learning rate' },
    ]);
    const points = ofType('metrics').flatMap((m) => m.points);
    expect(points.at(-1)!.step).toBe(311);
    expect(points.every((p) => Number.isFinite(p.loss))).toBe(true);
    expect(messages.at(-1)!.message.type).toBe('diverged');
    // The weights of the last good step go out with it, so the page keeps them.
    expect(messages.at(-2)!.message).toMatchObject({ type: 'weights', tensors: [{ values: Float32Array.of(311) }] });
    send({ type: 'play' });
    expect(ofType('error').at(-1)!.message).toMatch(/diverged/);
  });

  it('reset re-initialises the weights and starts a new history under the new session', () => {
    const { send, runFor, session, messages, ofType } = harness({ divergeAt: 50 });
    send({ type: 'play' });
    runFor(100);
    const before = messages.length;
    send({ type: 'reset', session: 2 });
    expect(session.resets).toBe(1);
    expect(messages.slice(before).every(({ message }) => message.session === 2)).toBe(true);
    expect(ofType('ready', before)).toHaveLength(1);
    expect(ofType('metrics', before)[0]!.stats.step).toBe(0);
    expect(ofType('weights', before)).toHaveLength(1);
    send({ type: 'step' });
    expect(ofType('metrics').at(-1)!.stats.step).toBe(1);
  });

  it('passes hyperparameter changes to the session between steps', () => {
    const { send, session } = harness();
    send({ type: 'setHyperparameters', hyperparameters: { lr: 0.5 } });
    expect(session.hyperparameterChanges).toEqual([{ lr: 0.5 }]);
  });

  it('refuses a batch size the network cannot train on: the run pauses and says why', () => {
    const { send, runFor, ofType, session } = harness();
    send({ type: 'play' });
    runFor(50);
    send({ type: 'setHyperparameters', hyperparameters: { batchSize: 1 } });
    expect(session.hyperparameterChanges).toEqual([]);
    expect(ofType('status').at(-1)!.status).toBe('paused');
    expect(ofType('error')).toEqual([
      {
        type: 'error',
        session: 1,
        message: 'BatchNorm node "bn" needs at least 2 rows in a training batch: it normalises each feature over the batch, and one row has no variance',
      },
    ]);
  });

  it('reports a session that cannot be built as an error of that session', () => {
    const messages: FromWorker[] = [];
    const loop = new TrainingLoop({
      now: () => 0,
      defer: () => undefined,
      after: () => undefined,
      post: (message) => messages.push(message),
      createSession: () => {
        throw new Error('node h: expected a positive integer');
      },
    });
    loop.handle(initFor(xorTemplate(), { session: 7 }));
    expect(messages).toEqual([{ type: 'error', session: 7, message: 'node h: expected a positive integer' }]);
  });

  it('sends the layer statistics with each metrics batch, and keeps them off across a reset once turned off', () => {
    const { send, session, ofType } = harness();
    send({ type: 'step' });
    expect(ofType('metrics').at(-1)!.probes).toEqual([expect.objectContaining({ step: 1, updateRatios: [1e-3, 1e-2] })]);
    send({ type: 'setStatistics', on: false });
    send({ type: 'reset', session: 2 });
    expect(session.statistics).toEqual([true, false, false]);
  });

  it('takes the layer statistics with every evaluation too, so a run over in a moment still has their history', () => {
    const { send, ofType } = harness();
    send({ type: 'stepEpoch' });
    send({ type: 'stepEpoch' });
    // an evaluation at each epoch's end (steps 10, 20), none left for the metrics batches
    expect(ofType('metrics').flatMap((m) => m.probes).map((p) => p.step)).toEqual([10, 20]);
  });

  it('sends the inspected node at once, while training, and when training stops', () => {
    const { send, runFor, ofType } = harness({ stepMs: 0.01 });
    send({ type: 'inspect', nodeId: 'dense1' });
    expect(ofType('inspection').map((m) => m.inspection.step)).toEqual([0]);
    send({ type: 'play' });
    runFor(1000);
    send({ type: 'pause' });
    const inspections = ofType('inspection');
    // every 250 ms while training, and once more on the pause
    expect(inspections.length).toBeGreaterThanOrEqual(4);
    expect(inspections.length).toBeLessThanOrEqual(6);
    expect(inspections.at(-1)!.inspection.step).toBe(ofType('metrics').at(-1)!.stats.step);
    send({ type: 'inspect', nodeId: null });
    send({ type: 'step' });
    expect(ofType('inspection')).toHaveLength(inspections.length);
  });

  it('trains at the chosen steps per second, and at full speed again when asked', () => {
    const { send, runFor, ofType } = harness({ stepMs: 0.01 });
    send({ type: 'setSpeed', stepsPerSecond: 20 });
    send({ type: 'play' });
    runFor(2000);
    const paced = ofType('metrics').at(-1)!.stats.step;
    // 20 a second for 2 s, the first at once
    expect(paced).toBeGreaterThanOrEqual(40);
    expect(paced).toBeLessThanOrEqual(41);
    send({ type: 'setSpeed', stepsPerSecond: null });
    runFor(100);
    expect(ofType('metrics').at(-1)!.stats.step).toBeGreaterThan(paced + 1000);
  });
});
