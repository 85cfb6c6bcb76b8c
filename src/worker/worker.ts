/**
 * The training worker's entry: the engine-backed training loop behind the typed protocol.
 * Created by the UI with `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`.
 */
import { createEngineSession } from './engineSession.ts';
import { isToWorker, type FromWorker } from './protocol.ts';
import { TrainingLoop } from './trainingLoop.ts';

declare const self: DedicatedWorkerGlobalScope;

// A MessageChannel hop yields to incoming messages without setTimeout's 4 ms clamp on nested timers.
const channel = new MessageChannel();
const deferred: (() => void)[] = [];
channel.port1.onmessage = () => deferred.shift()?.();

const loop = new TrainingLoop({
  now: () => performance.now(),
  defer(task) {
    deferred.push(task);
    channel.port2.postMessage(null);
  },
  after: (ms, task) => setTimeout(task, ms),
  post: (message: FromWorker) => self.postMessage(message),
  createSession: createEngineSession,
});

self.onmessage = (event: MessageEvent<unknown>) => {
  if (isToWorker(event.data)) loop.handle(event.data);
  else self.postMessage({ type: 'error', message: 'The training worker received a message it does not understand.' } satisfies FromWorker);
};
