import { builtinTable } from '../../engine/datasets/builtin/builtinTables.testkit.ts';
import { TableInspector } from '../../worker/tableInspector.ts';
import type { ToTableWorker } from '../../worker/tableProtocol.ts';
import type { TableWorkerLike } from './tableClient.ts';

/**
 * For tests: the table worker's inspector behind `TableWorkerLike`, in-process. Messages are
 * cloned as postMessage would (transferred buffers are detached), answered in arrival order, and
 * built-in tables are read from their generated files.
 */
export class InProcessTableWorker implements TableWorkerLike {
  onmessage: TableWorkerLike['onmessage'] = null;
  onerror: TableWorkerLike['onerror'] = null;
  terminated = false;
  readonly received: ToTableWorker[] = [];
  private readonly inspector = new TableInspector(async (name) => builtinTable(name));
  private queue = Promise.resolve();

  postMessage(message: ToTableWorker, transfer: Transferable[]): void {
    const copy = structuredClone(message, { transfer });
    this.received.push(copy);
    this.queue = this.queue.then(async () => {
      const answer = await this.inspector.answer(copy);
      if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data: structuredClone(answer) }));
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}
