/**
 * For tests: the real training loop and engine behind the `WorkerLike` interface, in-process.
 * Messages go through structuredClone both ways as they would through postMessage; the loop's
 * time slices wait in a queue that the test pumps; time is a fake clock on which every
 * training step costs `STEP_MS`, so what the loop does never depends on the machine's speed.
 */
import { decodeTableBytes, parseTable, type TableLookup } from '../../engine/index.ts';
import { builtinTable } from '../../engine/datasets/builtin/builtinTables.testkit.ts';
import { createEngineSession } from '../../worker/engineSession.ts';
import type { InitMessage } from '../../worker/loopContracts.ts';
import type { ToWorker } from '../../worker/protocol.ts';
import { TimedSession, type FakeClock } from '../../worker/timedSession.testkit.ts';
import { TrainingLoop } from '../../worker/trainingLoop.ts';
import type { WorkerLike } from './trainingClient.ts';

/** Fake time one training step takes: a slice holds a dozen steps, as on a slow machine. */
const STEP_MS = 1;
/** Fake time between two queued tasks: the hop through the event loop. */
const HOP_MS = 0.05;

/** The queue of pending slices and the clock every in-process worker of one test shares. */
export class TaskQueue {
  readonly clock: FakeClock = { t: 0 };
  private readonly tasks: (() => void)[] = [];

  push(task: () => void): void {
    this.tasks.push(task);
  }

  /** A timer: queued now, and when it runs the clock has reached its time (nothing else waits for it). */
  pushAfter(ms: number, task: () => void): void {
    const due = this.clock.t + ms;
    this.tasks.push(() => {
      this.clock.t = Math.max(this.clock.t, due);
      task();
    });
  }

  /** Runs queued tasks until none is left or `maxTasks` ran (a run that never ends). */
  pump(maxTasks = 10_000): void {
    for (let i = 0; i < maxTasks && this.tasks.length > 0; i++) {
      this.tasks.shift()!();
      this.clock.t += HOP_MS;
    }
  }
}

export class InProcessWorkers {
  readonly spawned: InProcessWorker[] = [];
  private readonly queue = new TaskQueue();

  readonly spawn = (): WorkerLike => {
    const worker = new InProcessWorker(this.queue);
    this.spawned.push(worker);
    return worker;
  };

  /** Runs queued slices until none is left or `maxTasks` ran (a run that never ends). */
  pump(maxTasks = 10_000): void {
    this.queue.pump(maxTasks);
  }

  get latest(): InProcessWorker {
    return this.spawned.at(-1)!;
  }
}

export class InProcessWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  onmessageerror: WorkerLike['onmessageerror'] = null;
  terminated = false;
  readonly received: ToWorker[] = [];
  private readonly loop: TrainingLoop;

  constructor(queue: TaskQueue) {
    this.loop = new TrainingLoop({
      now: () => queue.clock.t,
      defer: (task) => queue.push(() => this.terminated || task()),
      after: (ms, task) => queue.pushAfter(ms, () => this.terminated || task()),
      post: (message) => {
        if (!this.terminated) this.onmessage?.call(this as never, new MessageEvent('message', { data: structuredClone(message) }));
      },
      createSession: (init) => new TimedSession(createEngineSession(init, tablesOf(init)), queue.clock, STEP_MS),
    });
  }

  postMessage(message: ToWorker): void {
    if (this.terminated) return;
    this.received.push(message);
    this.loop.handle(structuredClone(message));
  }

  terminate(): void {
    this.terminated = true;
  }

  /** What the browser does when a worker throws outside any handler. */
  crash(message: string): void {
    // Node has no ErrorEvent; the client reads only these two members.
    const event = { message, preventDefault: () => undefined } as ErrorEvent;
    this.onerror?.call(this as never, event);
  }
}

/** The tables a run needs, read at once (the real worker reads them before the loop sees `init`, and checks the file's hash). */
function tablesOf({ table }: InitMessage): TableLookup {
  return (reference) => {
    if (reference.kind === 'builtin') return builtinTable(reference.name);
    return table && parseTable(decodeTableBytes(new Uint8Array(table.bytes), reference.file), reference.file);
  };
}
