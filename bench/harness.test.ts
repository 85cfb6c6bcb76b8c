import { describe, expect, it } from 'vitest';
import { measureWorkload, median } from './measure.ts';
import { formatTable, summarize } from './report.ts';
import { netloom } from './runners/netloom.ts';
import { flopsPerSample, WORKLOADS } from './workloads.ts';

const TINY = { warmupMs: 1, runMs: 5, runs: 3 };

describe('benchmark harness (engine only, no TensorFlow.js)', () => {
  it('measures the engine on W1 and reports it in the table', async () => {
    const w1 = WORKLOADS[0]!;
    const throughput = await measureWorkload(w1, [netloom], TINY);
    expect(throughput.netloom!.runs).toHaveLength(3);
    expect(throughput.netloom!.median).toBeGreaterThan(0);
    const result = summarize(w1, throughput);
    expect(result.parameters).toBe(2 * 8 + 8 + 8 * 8 + 8 + 8 + 1);
    expect(result.gflops.netloom).toBeCloseTo((throughput.netloom!.median * flopsPerSample(w1)) / 1e9, 12);
    expect(formatTable([result], ['netloom'])).toContain('W1 2-8-8-1 tanh, batch 10');
  });

  it('counts the FLOPs of the dense products, without the first layer\'s input gradient', () => {
    // W1 2-8-8-1: 4·2·8 + 6·8·8 + 6·8·1
    expect(flopsPerSample(WORKLOADS[0]!)).toBe(64 + 384 + 48);
  });

  it('takes the median of the runs', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
