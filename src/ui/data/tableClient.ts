import type { ColumnChoice, FileDataSource } from '../../model/index.ts';
import type { FromTableWorker, PlanSummary, TableOrigin, TableSummary, ToTableWorker } from '../../worker/tableProtocol.ts';

/** The part of `Worker` the client uses, so tests can hand in one that runs in-process. */
export interface TableWorkerLike {
  postMessage(message: ToTableWorker, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromTableWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export function createTableWorker(): TableWorkerLike {
  return new Worker(new URL('../../worker/tableWorker.ts', import.meta.url), { type: 'module', name: 'netloom-tables' });
}

/** A file or a choice of columns the table worker refused; the message names the file, line and column. */
export class TableRefusedError extends Error {}

type Answer<T extends FromTableWorker['type']> = Extract<FromTableWorker, { type: T }>;

/**
 * The table worker behind promises: each request resolves with its answer, or rejects with a
 * TableRefusedError (the worker's words). A worker that dies is replaced, and what was asked of it
 * rejects, so the panel shows an error rather than waiting forever.
 */
export class TableClient {
  private worker: TableWorkerLike | undefined;
  private lastRequest = 0;
  private readonly pending = new Map<number, { resolve(answer: FromTableWorker): void; reject(error: Error): void }>();

  constructor(private readonly spawn: () => TableWorkerLike = createTableWorker) {}

  /**
   * Reads a table and makes it the worker's current one. The bytes of a file are transferred: pass
   * a copy you do not need. With `expected`, a file that is not the model's is refused.
   */
  async open(origin: TableOrigin, options: { expected?: FileDataSource; choice?: ColumnChoice } = {}): Promise<{ summary: TableSummary; plan: PlanSummary | null }> {
    const answer = (await this.request({ type: 'open', origin, ...options }, origin.kind === 'file' ? [origin.bytes] : [])) as Answer<'opened'>;
    return { summary: answer.summary, plan: answer.plan };
  }

  /** The current table under a choice of columns. */
  async plan(choice: ColumnChoice): Promise<PlanSummary> {
    return ((await this.request({ type: 'plan', choice }, [])) as Answer<'planned'>).plan;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.failAll('the table worker was stopped');
  }

  private request(message: DistributiveOmit<ToTableWorker, 'request'>, transfer: Transferable[]): Promise<FromTableWorker> {
    const request = ++this.lastRequest;
    const worker = (this.worker ??= this.start());
    return new Promise((resolve, reject) => {
      this.pending.set(request, { resolve, reject });
      worker.postMessage({ ...message, request }, transfer);
    });
  }

  private start(): TableWorkerLike {
    const worker = this.spawn();
    worker.onmessage = (event) => {
      const answer = event.data;
      const waiting = this.pending.get(answer.request);
      if (!waiting) return;
      this.pending.delete(answer.request);
      if (answer.type === 'failed') waiting.reject(new TableRefusedError(answer.message));
      else waiting.resolve(answer);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      this.worker = undefined;
      this.failAll(`the table worker stopped (${event.message || 'unknown error'}); try again`);
    };
    return worker;
  }

  private failAll(reason: string): void {
    for (const waiting of this.pending.values()) waiting.reject(new TableRefusedError(reason));
    this.pending.clear();
  }
}

/** `Omit` applied to each member of a union on its own. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
