import { isFromWorker, type FromWorker, type ToWorker } from '../../worker/protocol.ts';

/** Who hears from the worker: the run currently using it. */
export interface ClientListener {
  message(message: FromWorker): void;
  /** The worker died; a fresh one (with no session) has already replaced it. */
  crashed(reason: string): void;
}

/** The part of `Worker` the client uses, so tests can hand in a fake. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror' | 'onmessageerror'>;

export function createTrainingWorker(): WorkerLike {
  return new Worker(new URL('../../worker/worker.ts', import.meta.url), { type: 'module', name: 'netloom-training' });
}

/**
 * How the client notices a worker that died without an error event (killed for memory, ended
 * by `terminate()`) or hangs: it pings every `intervalMs`, and a worker silent for `timeoutMs`
 * is replaced. A training worker answers between two slices of 12 ms; its longest single task
 * is evaluating both splits, 2.6 s (measured in Node) for about the largest network the
 * compiler allows (6.9 million parameters) on the largest built-in dataset (10,000 MNIST
 * digits), so only a worker that is gone or stuck stays silent for 30 s.
 */
export interface Heartbeat {
  intervalMs: number;
  timeoutMs: number;
  /** The clock and the repeating timer; the browser's unless a test passes its own. */
  now(): number;
  every(ms: number, tick: () => void): () => void;
}

export const HEARTBEAT: Heartbeat = {
  intervalMs: 2000,
  timeoutMs: 30_000,
  now: () => performance.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
  },
};

/**
 * One training worker behind the typed protocol. If the worker dies (an uncaught error, a
 * message it cannot deliver, or silence past the heartbeat's timeout) the client replaces it
 * at once and tells its listener, which marks its run as crashed; nothing on the page is lost
 * with it.
 */
export class TrainingClient {
  private worker: WorkerLike;
  private listener: ClientListener | undefined;
  /** When the worker last said anything. */
  private lastHeard: number;
  private readonly stopHeartbeat: () => void;

  constructor(
    private readonly spawn: () => WorkerLike = createTrainingWorker,
    private readonly heartbeat: Heartbeat = HEARTBEAT,
  ) {
    this.worker = this.start();
    this.lastHeard = heartbeat.now();
    this.stopHeartbeat = heartbeat.every(heartbeat.intervalMs, () => this.checkHeartbeat());
  }

  listen(listener: ClientListener | undefined): void {
    this.listener = listener;
  }

  /** Posts a message; `transfer` moves buffers (a table file's bytes) to the worker instead of copying them. */
  send(message: ToWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  dispose(): void {
    this.stopHeartbeat();
    this.listener = undefined;
    this.worker.terminate();
  }

  /** Ends the worker without telling the client, as an out-of-memory kill would (the e2e tests' debug hook). */
  killWorkerForTesting(): void {
    this.worker.terminate();
  }

  private start(): WorkerLike {
    const worker = this.spawn();
    worker.onmessage = (event: MessageEvent<unknown>) => {
      this.lastHeard = this.heartbeat.now();
      if (isFromWorker(event.data) && event.data.type !== 'pong') this.listener?.message(event.data);
    };
    worker.onerror = (event: ErrorEvent) => {
      // Handled here: without preventDefault the error would also surface as an uncaught page error.
      event.preventDefault();
      this.replace(event.message || 'unknown error');
    };
    worker.onmessageerror = () => this.replace('a message could not be read');
    return worker;
  }

  private checkHeartbeat(): void {
    const silent = this.heartbeat.now() - this.lastHeard;
    if (silent >= this.heartbeat.timeoutMs) this.replace(`it stopped answering for ${Math.round(silent / 1000)} s`);
    else this.worker.postMessage({ type: 'ping' } satisfies ToWorker);
  }

  private replace(reason: string): void {
    this.worker.terminate();
    this.worker = this.start();
    this.lastHeard = this.heartbeat.now();
    this.listener?.crashed(reason);
  }
}
