import { describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../../worker/protocol.ts';
import { fakeHeartbeat } from './heartbeat.testkit.ts';
import { TrainingClient, type WorkerLike } from './trainingClient.ts';

/** A worker that answers pings while `alive`, and otherwise says nothing at all. */
class QuietWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  onmessageerror: WorkerLike['onmessageerror'] = null;
  alive = true;
  terminated = false;

  postMessage(message: ToWorker): void {
    if (this.alive && !this.terminated && message.type === 'ping') {
      this.onmessage?.call(this as never, new MessageEvent('message', { data: { type: 'pong' } satisfies FromWorker }));
    }
  }

  terminate(): void {
    this.terminated = true;
  }
}

function setup() {
  const spawned: QuietWorker[] = [];
  const { heartbeat, advance } = fakeHeartbeat();
  const client = new TrainingClient(() => {
    const worker = new QuietWorker();
    spawned.push(worker);
    return worker;
  }, heartbeat);
  const heard: string[] = [];
  client.listen({ message: (message) => heard.push(message.type), crashed: (reason) => heard.push(`crashed: ${reason}`) });
  return { client, spawned, advance, heard };
}

describe('the training client’s heartbeat (issue 15 item 16)', () => {
  it('keeps a worker that answers, however long it runs, and passes no pong on', () => {
    const { spawned, advance, heard } = setup();
    advance(120_000);
    expect(spawned).toHaveLength(1);
    expect(heard).toEqual([]);
  });

  it('replaces a worker that went silent (killed, or stuck in a loop) once the timeout has passed, and says so', () => {
    const { spawned, advance, heard } = setup();
    advance(5000);
    spawned[0]!.alive = false;
    advance(9000);
    expect(spawned).toHaveLength(1);
    advance(1000);
    expect(spawned).toHaveLength(2);
    expect(spawned[0]!.terminated).toBe(true);
    expect(heard).toEqual(['crashed: it stopped answering for 10 s']);
    // The new worker answers, so it stays.
    advance(60_000);
    expect(spawned).toHaveLength(2);
  });

  it('stops the heartbeat when disposed', () => {
    const { client, spawned, advance, heard } = setup();
    client.dispose();
    spawned[0]!.alive = false;
    advance(60_000);
    expect(spawned).toHaveLength(1);
    expect(heard).toEqual([]);
  });
});
