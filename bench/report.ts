import type { Throughput } from './measure.ts';
import { flopsPerSample, parameterCount, type Workload } from './workloads.ts';

export interface WorkloadResult {
  id: string;
  description: string;
  parameters: number;
  batchSize: number;
  /** Median samples/s per system, and each timed run. */
  samplesPerSecond: Record<string, number>;
  runs: Record<string, number[]>;
  gflops: Record<string, number>;
  /** netloom's GFLOP/s as a fraction of one core's SIMD-128 limit measured in the same run (null when not measured). */
  simdShare: number | null;
  /** netloom's throughput divided by each other system's. */
  speedup: Record<string, number>;
  target: Workload['target'];
  targetMet: boolean;
}

/** `simdLimit`: one core's SIMD-128 GFLOP/s for the instructions netloom's kernels use, measured in the same run. */
export function summarize(workload: Workload, throughput: Record<string, Throughput>, simdLimit: number | null = null): WorkloadResult {
  const parameters = parameterCount(workload);
  const samplesPerSecond = mapValues(throughput, (t) => t.median);
  const ours = samplesPerSecond.netloom ?? NaN;
  const speedup = mapValues(samplesPerSecond, (theirs) => ours / theirs);
  delete speedup.netloom;
  const flops = flopsPerSample(workload);
  const gflops = mapValues(samplesPerSecond, (rate) => (rate * flops) / 1e9);
  return {
    id: workload.id,
    description: workload.description,
    parameters,
    batchSize: workload.batchSize,
    samplesPerSecond,
    runs: mapValues(throughput, (t) => t.runs),
    gflops,
    simdShare: simdLimit === null ? null : (gflops.netloom ?? NaN) / simdLimit,
    speedup,
    target: workload.target,
    targetMet: Object.entries(workload.target).every(([system, wanted]) => (speedup[system] ?? Infinity) >= wanted),
  };
}

/** The results as a fixed-width table: samples/s and GFLOP/s per system, speed-ups against the targets. */
export function formatTable(results: WorkloadResult[], systems: string[]): string {
  const others = systems.filter((name) => name !== 'netloom');
  const header = ['workload', 'params', ...systems.map((s) => `${s} samples/s`), ...others.map((s) => `× ${s}`), 'GFLOP/s', 'SIMD limit', 'target'];
  const rows = results.map((r) => [
    `${r.id} ${r.description}`,
    r.parameters.toLocaleString('en-US'),
    ...systems.map((s) => formatRate(r.samplesPerSecond[s])),
    ...others.map((s) => formatRatio(r.speedup[s], r.target[s as keyof Workload['target']])),
    systems.map((s) => (r.gflops[s] ?? NaN).toFixed(2)).join(' / '),
    r.simdShare === null ? '-' : `${(r.simdShare * 100).toFixed(0)}%`,
    r.targetMet ? 'met' : 'MISSED',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    `GFLOP/s columns: ${systems.join(' / ')} (the dense products: 2 FLOPs a weight forward, 2 for dW, 2 for dX but in the first layer)`,
    "SIMD limit: netloom's GFLOP/s as a share of one core's SIMD-128 peak, measured just before the workload",
  ].join('\n');
}

function formatRate(rate: number | undefined): string {
  if (rate === undefined) return '-';
  return rate >= 1e6 ? `${(rate / 1e6).toFixed(2)}M` : rate >= 1e4 ? `${(rate / 1e3).toFixed(1)}k` : Math.round(rate).toLocaleString('en-US');
}

function formatRatio(ratio: number | undefined, target: number | undefined): string {
  if (ratio === undefined) return '-';
  return `${ratio.toFixed(2)}×${target === undefined ? '' : ` (≥${target})`}`;
}

function mapValues<T, U>(record: Record<string, T>, fn: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]));
}
