import { describe, expect, it } from 'vitest';
import { deepTemplate } from '../../model/index.ts';
import { planSweep } from '../dashboard/depthSweep.ts';
import { InProcessWorkers } from './inProcessWorker.testkit.ts';
import { SweepRunner, type SweepProgress } from './sweepRunner.ts';

function sweep(depths: number[], epochs: number) {
  const workers = new InProcessWorkers();
  const reports: SweepProgress[] = [];
  const runner = new SweepRunner(planSweep(deepTemplate('relu', 3, 8), depths, epochs), {
    workers: 2,
    spawn: workers.spawn,
    onProgress: (progress) => reports.push(progress),
  });
  return { workers, reports, runner };
}

describe('SweepRunner', () => {
  it('trains every job on two workers, reports after each run, and lets the workers go at the end', () => {
    const { workers, reports, runner } = sweep([2, 10], 3);
    runner.start();
    expect(workers.spawned).toHaveLength(2);
    workers.pump(100_000);
    expect(reports.map((report) => report.results.length)).toEqual([1, 2, 3, 4, 5, 6]);
    const last = reports.at(-1)!;
    expect(last.state).toBe('done');
    expect(workers.spawned.every((worker) => worker.terminated)).toBe(true);
    expect(last.results.map((r) => `${r.fn}${r.depth}`).sort()).toEqual(['relu10', 'relu2', 'sigmoid10', 'sigmoid2', 'tanh10', 'tanh2']);
    for (const result of last.results) {
      expect(result.gradientRatio).toBeGreaterThan(0);
      expect(result.testAccuracy).toBeGreaterThanOrEqual(0);
    }
    // the figure the sweep is for: at depth 10 the sigmoid's first layer gets far less of the gradient than ReLU's
    const ratio = (fn: string) => last.results.find((r) => r.fn === fn && r.depth === 10)!.gradientRatio!;
    expect(ratio('sigmoid') * 100).toBeLessThan(ratio('relu'));
  });

  it('stops every worker on cancel and keeps the results so far', () => {
    const { workers, reports, runner } = sweep([2, 4, 6], 50);
    runner.start();
    workers.pump(50);
    runner.cancel();
    expect(reports.at(-1)!.state).toBe('cancelled');
    expect(reports.at(-1)!.results.length).toBeLessThan(9);
    expect(workers.spawned.every((worker) => worker.terminated)).toBe(true);
    workers.pump();
    expect(reports.at(-1)!.state).toBe('cancelled');
  });

  it('records a diverged run with its reason and no numbers', () => {
    const workers = new InProcessWorkers();
    const reports: SweepProgress[] = [];
    const [job] = planSweep(deepTemplate('relu', 3, 8), [2], 20);
    const exploding = { ...job!, model: { ...job!.model, training: { ...job!.model.training, lr: 1e6 } } };
    new SweepRunner([exploding], { workers: 2, spawn: workers.spawn, onProgress: (p) => reports.push(p) }).start();
    workers.pump(100_000);
    expect(reports.at(-1)!.results).toEqual([
      { fn: 'sigmoid', depth: 2, gradientRatio: null, testAccuracy: null, problem: expect.stringMatching(/^Loss became/) },
    ]);
  });
});
