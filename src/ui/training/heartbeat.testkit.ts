import type { Heartbeat } from './trainingClient.ts';

/** A heartbeat on a clock the test moves: `advance(ms)` runs every tick that falls due. */
export function fakeHeartbeat(intervalMs = 1000, timeoutMs = 10_000) {
  let t = 0;
  let tick: (() => void) | undefined;
  let next = 0;
  const heartbeat: Heartbeat = {
    intervalMs,
    timeoutMs,
    now: () => t,
    every(ms, run) {
      tick = run;
      next = ms;
      return () => (tick = undefined);
    },
  };
  const advance = (ms: number) => {
    const end = t + ms;
    while (tick && next <= end) {
      t = next;
      next += intervalMs;
      tick();
    }
    t = end;
  };
  return { heartbeat, advance };
}
