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
 * One training worker behind the typed protocol. If the worker dies (an uncaught error, or a
 * message it cannot deliver) the client replaces it at once and tells its listener, which marks
 * its run as crashed; nothing on the page is lost with it.
 */
export class TrainingClient {
  private worker: WorkerLike;
  private listener: ClientListener | undefined;

  constructor(private readonly spawn: () => WorkerLike = createTrainingWorker) {
    this.worker = this.start();
  }

  listen(listener: ClientListener | undefined): void {
    this.listener = listener;
  }

  /** Posts a message; `transfer` moves buffers (a table file's bytes) to the worker instead of copying them. */
  send(message: ToWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  dispose(): void {
    this.listener = undefined;
    this.worker.terminate();
  }

  private start(): WorkerLike {
    const worker = this.spawn();
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (isFromWorker(event.data)) this.listener?.message(event.data);
    };
    worker.onerror = (event: ErrorEvent) => {
      // Handled here: without preventDefault the error would also surface as an uncaught page error.
      event.preventDefault();
      this.replace(event.message || 'unknown error');
    };
    worker.onmessageerror = () => this.replace('a message could not be read');
    return worker;
  }

  private replace(reason: string): void {
    this.worker.terminate();
    this.worker = this.start();
    this.listener?.crashed(reason);
  }
}
