import type { Page } from '@playwright/test';

/**
 * Frame timing in the page while `action` runs: requestAnimationFrame intervals and long
 * tasks (wall clock, so they suffer when the machine is busy), and the main thread's CPU time
 * per frame from Chrome's own counters (steadier on a shared machine).
 */
export interface FrameStats {
  frames: number;
  /** Main-thread task time (script, style, layout, paint) per frame, from CDP Performance.getMetrics. */
  cpuPerFrameMs: number;
  scriptPerFrameMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  longTasks: number;
  longestTaskMs: number;
}

export async function measureFrames(page: Page, action: () => Promise<void>): Promise<FrameStats> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? 0;
    return { task: value('TaskDuration'), script: value('ScriptDuration') };
  };
  const before = await metric();
  await page.evaluate(() => {
    const probe = { stamps: [] as number[], tasks: [] as number[], running: true };
    (window as unknown as { __frameProbe: typeof probe }).__frameProbe = probe;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    const tick = (now: number) => {
      probe.stamps.push(now);
      if (probe.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await action();
  const after = await metric();
  const { stamps, tasks } = await page.evaluate(() => {
    const probe = (window as unknown as { __frameProbe: { stamps: number[]; tasks: number[]; running: boolean } }).__frameProbe;
    probe.running = false;
    return probe;
  });
  const intervals = stamps.slice(1).map((stamp, i) => stamp - stamps[i]!).sort((a, b) => a - b);
  // CDP reports seconds.
  const perFrame = (seconds: number) => round((seconds * 1000) / intervals.length);
  const at = (q: number) => intervals[Math.min(intervals.length - 1, Math.floor(q * intervals.length))]!;
  return {
    frames: intervals.length,
    cpuPerFrameMs: perFrame(after.task - before.task),
    scriptPerFrameMs: perFrame(after.script - before.script),
    medianMs: round(at(0.5)),
    p95Ms: round(at(0.95)),
    maxMs: round(intervals.at(-1)!),
    longTasks: tasks.length,
    longestTaskMs: round(Math.max(0, ...tasks)),
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
