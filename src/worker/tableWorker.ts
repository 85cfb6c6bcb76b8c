/**
 * The table worker's entry: the Data panel's files are read, hashed and planned here (papaparse
 * runs in this worker, its own `worker` option off), so the page never waits on a large file.
 * Created by the UI with `new Worker(new URL('./tableWorker.ts', import.meta.url), { type: 'module' })`.
 */
import { TableInspector } from './tableInspector.ts';
import type { FromTableWorker, ToTableWorker } from './tableProtocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const inspector = new TableInspector();

async function answer(message: ToTableWorker): Promise<FromTableWorker> {
  const { request } = message;
  try {
    if (message.type === 'plan') return { type: 'planned', request, plan: inspector.plan(message.choice) };
    const opened = await inspector.open(message.origin, message.expected, message.choice);
    return { type: 'opened', request, ...opened };
  } catch (error) {
    return { type: 'failed', request, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Requests in arrival order: a plan waits for the file opened before it. */
let queue = Promise.resolve();

self.onmessage = (event: MessageEvent<ToTableWorker>) => {
  const message = event.data;
  queue = queue.then(async () => self.postMessage(await answer(message)));
};
