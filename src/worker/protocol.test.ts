import { describe, expect, it } from 'vitest';
import { createEngineSession } from './engineSession.ts';
import { isFromWorker, isToWorker, unhandledMessage, type FromWorker } from './protocol.ts';
import { fromWorker, toWorker } from './protocolMessages.testkit.ts';
import { TrainingLoop } from './trainingLoop.ts';

describe('training protocol', () => {
  it('survives postMessage’s structured clone unchanged, typed arrays included', () => {
    for (const message of [...toWorker, ...fromWorker]) expect(structuredClone(message)).toEqual(message);
  });

  it('recognises each side’s messages and nothing else', () => {
    expect(toWorker.every(isToWorker)).toBe(true);
    expect(fromWorker.every(isFromWorker)).toBe(true);
    expect(toWorker.some(isFromWorker)).toBe(false);
    expect(fromWorker.some(isToWorker)).toBe(false);
    for (const junk of [null, undefined, 42, 'play', {}, { type: 'toString' }, { type: 3 }]) {
      expect(isToWorker(junk)).toBe(false);
      expect(isFromWorker(junk)).toBe(false);
    }
  });

  it('is handled, every message type to the worker, by the real worker loop', () => {
    const posted: FromWorker[] = [];
    const deferred: (() => void)[] = [];
    const loop = new TrainingLoop({ now: () => 0, defer: (task) => deferred.push(task), after: (_ms, task) => deferred.push(task), post: (m) => posted.push(m), createSession: createEngineSession });
    for (const message of toWorker) expect(() => loop.handle(message)).not.toThrow();
    // Only debugCrash defers a throw (a crash outside any handler); the other messages left nothing behind.
    expect(posted.filter((m) => m.type === 'error')).toEqual([]);
    expect(() => deferred.forEach((task) => task())).toThrow('crash requested by the debug hook');
  });

  it('refuses a message it does not know at run time', () => {
    expect(() => unhandledMessage({ type: 'teleport' } as never)).toThrow(/teleport/);
  });
});
