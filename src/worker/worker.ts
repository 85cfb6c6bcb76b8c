/**
 * The training worker's entry: the engine-backed training loop behind the typed protocol.
 * Created by the UI with `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`.
 */
import { createEngineSession } from './engineSession.ts';
import { isToWorker, type FromWorker, type ToWorker } from './protocol.ts';
import { TrainingLoop } from './trainingLoop.ts';
import { WorkerTables } from './workerTables.ts';

declare const self: DedicatedWorkerGlobalScope;

// A MessageChannel hop yields to incoming messages without setTimeout's 4 ms clamp on nested timers.
const channel = new MessageChannel();
const deferred: (() => void)[] = [];
channel.port1.onmessage = () => deferred.shift()?.();

const tables = new WorkerTables();

const loop = new TrainingLoop({
  now: () => performance.now(),
  defer(task) {
    deferred.push(task);
    channel.port2.postMessage(null);
  },
  after: (ms, task) => setTimeout(task, ms),
  post: (message: FromWorker, transfer: Transferable[] = []) => self.postMessage(message, transfer),
  createSession: (init) => createEngineSession(init, tables.lookup),
});

function throwOutside(error: unknown): void {
  setTimeout(() => {
    throw error;
  });
}

/** Messages in arrival order: an `init` whose table is still being read holds back the `play` behind it. */
let queue = Promise.resolve();

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'init') await tables.prepare(message.data.source, message.table);
  loop.handle(message);
}

self.onmessage = (event: MessageEvent<unknown>) => {
  const message = event.data;
  // A failure is thrown again outside the queue, as an uncaught error: the page then replaces this worker.
  if (isToWorker(message)) queue = queue.then(() => handle(message)).catch(throwOutside);
  else self.postMessage({ type: 'error', message: 'The training worker received a message it does not understand.' } satisfies FromWorker);
};
