/**
 * Training throughput of the netloom engine against TensorFlow.js (cpu and wasm backends) on
 * the four workloads of issue §6. `npm run bench` for the full run (a few minutes), `npm run
 * bench -- --quick` for a smoke run, `--only W1,W3` for some workloads. `NETLOOM_KERNELS=js|wasm`
 * forces the engine's kernels (default: the best this runtime has); unless it is `js`, the
 * JavaScript kernels run too, as `netloom-js`. Prints a table; a full run also writes
 * bench/results.json.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { FULL, QUICK, measureWorkload } from './measure.ts';
import { formatTable, summarize, type WorkloadResult } from './report.ts';
import { KERNELS_FROM_ENV, netloom, netloomSystem } from './runners/netloom.ts';
import { tfjs } from './runners/tfjs.ts';
import { measureSimdLimit, type SimdLimit } from './simdPeak.ts';
import { WORKLOADS } from './workloads.ts';

const { values: flags } = parseArgs({ options: { quick: { type: 'boolean' }, only: { type: 'string' } } });
const quick = flags.quick ?? false;
const only = flags.only?.split(',');
const unknown = only?.filter((id) => !WORKLOADS.some((w) => w.id === id)) ?? [];
if (unknown.length > 0) {
  console.error(`--only: unknown workload ${unknown.join(', ')}; choose from ${WORKLOADS.map((w) => w.id).join(', ')}`);
  process.exit(2);
}
const workloads = only ? WORKLOADS.filter((w) => only.includes(w.id)) : WORKLOADS;
const options = quick ? QUICK : FULL;
const systems = [netloom, ...(KERNELS_FROM_ENV === 'js' ? [] : [netloomSystem('netloom-js', 'js')]), tfjs('cpu'), tfjs('wasm')];
const names = systems.map((s) => s.name);

const loadBefore = os.loadavg();
console.log(`load average (1, 5, 15 min) before: ${loadBefore.map((l) => l.toFixed(2)).join(', ')} on ${os.cpus().length} cores`);

const results: WorkloadResult[] = [];
const simdLimits: SimdLimit[] = [];
for (const workload of workloads) {
  // Measured again before each workload, so the share follows the machine's load as it changes.
  const simd = measureSimdLimit();
  simdLimits.push(simd);
  const fma = simd.fma === null ? 'no relaxed SIMD here' : `${simd.fma.toFixed(1)} with fused multiply-add`;
  process.stdout.write(`${workload.id} ${workload.description} … (SIMD-128 limit now: ${simd.mulAdd.toFixed(1)} GFLOP/s multiply+add, ${fma})\n`);
  const throughput = await measureWorkload(workload, systems, options);
  // The limit of the instructions netloom's kernels use: FMA only in the relaxed-SIMD build.
  const limit = netloom.kernelsUsed === 'wasm-relaxed-simd' ? simd.fma : netloom.kernelsUsed === 'wasm-simd' ? simd.mulAdd : null;
  results.push(summarize(workload, throughput, limit));
}
const loadAfter = os.loadavg();
console.log(`\nnetloom kernels: ${netloom.kernelsUsed}`);
console.log(`${formatTable(results, names)}`);
console.log(`load average after: ${loadAfter.map((l) => l.toFixed(2)).join(', ')}`);

// bench/results.json holds the recorded figures (the README's table, bench:ui's comparison):
// only a full run of every workload replaces it, never a smoke run.
if (quick || only) {
  console.log('\n--quick / --only run: bench/results.json left as it was');
} else {
  const resultsFile = new URL('./results.json', import.meta.url);
  const machine = { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, node: process.version, loadBefore, loadAfter };
  const run = { date: new Date().toISOString(), quick, options, machine, kernels: netloom.kernelsUsed, simdLimitGflops: simdLimits };
  writeFileSync(resultsFile, `${JSON.stringify({ ...run, results }, null, 2)}\n`);
  console.log(`\nwrote ${resultsFile.pathname}`);
}
