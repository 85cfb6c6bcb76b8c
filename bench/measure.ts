import type { System } from './system.ts';
import type { Workload } from './workloads.ts';

/** How long to warm up and to time each run. */
export interface MeasureOptions {
  warmupMs: number;
  runMs: number;
  runs: number;
}

export const FULL: MeasureOptions = { warmupMs: 600, runMs: 500, runs: 7 };
export const QUICK: MeasureOptions = { warmupMs: 100, runMs: 150, runs: 1 };

const SEED = 1;

/** Samples per second: the median over the runs, and every run. */
export interface Throughput {
  median: number;
  runs: number[];
}

/**
 * Training throughput of each system on one workload. Every system warms up first (the JIT
 * compiles the hot loops); then the timed runs take turns between systems, so a burst of other
 * work on the machine hits them all alike, and the median shrugs off a disturbed run.
 */
export async function measureWorkload(workload: Workload, systems: System[], options: MeasureOptions): Promise<Record<string, Throughput>> {
  const prepared = [];
  for (const system of systems) {
    await system.activate();
    const { step, dispose } = system.prepare(workload, SEED);
    runFor(step, options.warmupMs);
    prepared.push({ system, step, dispose, runs: [] as number[] });
  }
  for (let run = 0; run < options.runs; run++) {
    for (const entry of prepared) {
      await entry.system.activate();
      const { steps, ms } = runFor(entry.step, options.runMs);
      entry.runs.push((steps * workload.batchSize * 1000) / ms);
    }
  }
  const results: Record<string, Throughput> = {};
  for (const { system, dispose, runs } of prepared) {
    await system.activate();
    dispose();
    results[system.name] = { median: median(runs), runs };
  }
  return results;
}

function runFor(step: () => void, ms: number): { steps: number; ms: number } {
  const start = performance.now();
  let steps = 0;
  let elapsed = 0;
  // at least one step, so the slowest workloads still give a figure
  do {
    step();
    steps++;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return { steps, ms: elapsed };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
