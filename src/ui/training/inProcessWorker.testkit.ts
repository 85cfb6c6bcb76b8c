/**
 * For tests: the real training loop and engine behind the `WorkerLike` interface, in-process.
 * Messages go through structuredClone both ways as they would through postMessage; the loop's
 * time slices wait in a queue that the test pumps.
 */
import { createEngineSession } from '../../worker/engineSession.ts';
import type { ToWorker } from '../../worker/protocol.ts';
import { TrainingLoop } from '../../worker/trainingLoop.ts';
import type { WorkerLike } from './trainingClient.ts';

export class InProcessWorkers {
  readonly spawned: InProcessWorker[] = [];
  private readonly tasks: (() => void)[] = [];

  readonly spawn = (): WorkerLike => {
    const worker = new InProcessWorker(this.tasks);
    this.spawned.push(worker);
    return worker;
  };

  /** Runs queued slices until none is left or `maxTasks` ran (a run that never ends). */
  pump(maxTasks = 10_000): void {
    for (let i = 0; i < maxTasks && this.tasks.length > 0; i++) this.tasks.shift()!();
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

  constructor(tasks: (() => void)[]) {
    this.loop = new TrainingLoop({
      now: () => performance.now(),
      defer: (task) => tasks.push(() => this.terminated || task()),
      post: (message) => {
        if (!this.terminated) this.onmessage?.call(this as never, new MessageEvent('message', { data: structuredClone(message) }));
      },
      createSession: createEngineSession,
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
