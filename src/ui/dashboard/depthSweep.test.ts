import { describe, expect, it } from 'vitest';
import { deepTemplate, layerStack, spiralTemplate, xorTemplate } from '../../model/index.ts';
import { planSweep, SWEEP_DEPTHS, sweepLines, type SweepResult } from './depthSweep.ts';

const countDense = (model: ReturnType<typeof deepTemplate>) => model.nodes.filter((node) => node.type === 'dense').length;

describe('planSweep', () => {
  it('plans 7 depths × sigmoid, tanh, ReLU at the width of the current graph, on its data and seed', () => {
    const current = { ...deepTemplate('relu', 3, 24), training: { dataset: 'moons' as const, seed: 7, noise: 0.1 } };
    const jobs = planSweep(current);
    expect(jobs.map((job) => `${job.fn}${job.depth}`)).toEqual(
      ['sigmoid', 'tanh', 'relu'].flatMap((fn) => SWEEP_DEPTHS.map((depth) => `${fn}${depth}`)),
    );
    for (const job of jobs) {
      expect(countDense(job.model)).toBe(job.depth + 1);
      expect(job.model.nodes.find((node) => node.id === 'dense1')!.params).toEqual({ units: 24 });
      expect(job.model.nodes.find((node) => node.id === 'act1')!.params).toEqual({ fn: job.fn });
      expect(job.model.training).toMatchObject({ dataset: 'moons', seed: 7, noise: 0.1, optimizer: 'sgd', epochs: 20 });
      // the gradient ratio compares the first hidden layer with the last hidden one (the output layer is dense{depth + 1})
      expect([job.firstDenseId, job.lastHiddenDenseId]).toEqual(['dense1', `dense${job.depth}`]);
    }
  });

  it('falls back to circle and 16 units for a graph the deep networks cannot train on (3 classes, one layer)', () => {
    const [job] = planSweep(spiralTemplate(), [2], 5);
    expect(job!.model.training).toMatchObject({ dataset: 'circle', seed: 1, epochs: 5 });
    expect(job!.model.nodes.find((node) => node.id === 'dense1')!.params).toEqual({ units: 16 });
    expect(planSweep(xorTemplate(), [4]).map((j) => j.depth)).toEqual([4, 4, 4]);
  });

  it('names each run after what it is', () => {
    expect(planSweep(layerStack(2, [{ units: 4 }, { units: 4 }, { units: 1 }], 'mse'), [6]).map((job) => job.model.name)).toEqual([
      'sweep-sigmoid-6',
      'sweep-tanh-6',
      'sweep-relu-6',
    ]);
  });
});

describe('sweepLines', () => {
  it('makes one line per activation, shallow first, with gaps kept as null', () => {
    const results: SweepResult[] = [
      { fn: 'relu', depth: 4, gradientRatio: 0.5, testAccuracy: 0.9 },
      { fn: 'relu', depth: 2, gradientRatio: 0.8, testAccuracy: 0.95 },
      { fn: 'sigmoid', depth: 2, gradientRatio: null, testAccuracy: null, problem: 'diverged' },
    ];
    expect(sweepLines(results)).toEqual([
      { fn: 'sigmoid', points: [{ depth: 2, gradientRatio: null, testAccuracy: null }] },
      { fn: 'tanh', points: [] },
      {
        fn: 'relu',
        points: [
          { depth: 2, gradientRatio: 0.8, testAccuracy: 0.95 },
          { depth: 4, gradientRatio: 0.5, testAccuracy: 0.9 },
        ],
      },
    ]);
  });
});
