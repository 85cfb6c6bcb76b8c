/**
 * The table worker's entry: the Data panel's files are read, hashed and planned here (papaparse
 * runs in this worker, its own `worker` option off), so the page never waits on a large file.
 * Created by the UI with `new Worker(new URL('./tableWorker.ts', import.meta.url), { type: 'module' })`.
 */
import { TableInspector } from './tableInspector.ts';
import type { ToTableWorker } from './tableProtocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const inspector = new TableInspector();

/** Requests in arrival order: a plan waits for the file opened before it. */
let queue = Promise.resolve();

self.onmessage = (event: MessageEvent<ToTableWorker>) => {
  const message = event.data;
  queue = queue.then(async () => self.postMessage(await inspector.answer(message)));
};
