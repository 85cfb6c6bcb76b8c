/**
 * Training throughput of the netloom engine against TensorFlow.js (cpu and wasm backends) on
 * the four workloads of issue §6. `npm run bench` for the full run (~1–2 minutes), `npm run
 * bench -- --quick` for a smoke run, `--only W1,W3` for some workloads. Prints a table; a full
 * run also writes bench/results.json.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { FULL, QUICK, measureWorkload } from './measure.ts';
import { formatTable, summarize, type WorkloadResult } from './report.ts';
import { netloom } from './runners/netloom.ts';
import { tfjs } from './runners/tfjs.ts';
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
const systems = [netloom, tfjs('cpu'), tfjs('wasm')];
const names = systems.map((s) => s.name);

const results: WorkloadResult[] = [];
for (const workload of workloads) {
  process.stdout.write(`${workload.id} ${workload.description} …\n`);
  results.push(summarize(workload, await measureWorkload(workload, systems, options)));
}
console.log(`\n${formatTable(results, names)}`);

// bench/results.json holds the recorded figures (the README's table, bench:ui's comparison):
// only a full run of every workload replaces it, never a smoke run.
if (quick || only) {
  console.log('\n--quick / --only run: bench/results.json left as it was');
} else {
  const resultsFile = new URL('./results.json', import.meta.url);
  const machine = { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, node: process.version, loadAverage: os.loadavg() };
  writeFileSync(resultsFile, `${JSON.stringify({ date: new Date().toISOString(), quick, options, machine, results }, null, 2)}\n`);
  console.log(`\nwrote ${resultsFile.pathname}`);
}
