/**
 * `npm run bench:data`: reading a 100,000-row × 20-column CSV (generated, 13.4 MB) into an
 * encoded dataset, against papaparse alone on the same text, each run in a fresh Node process.
 * Reports the median time and peak memory (as multiples of the file size) over the runs, prints a
 * table and writes bench/data-results.json. Issue 10's targets: under 3 s, peak memory at most 3×
 * the file. `--quick` runs each system once.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './measure.ts';
import { SYSTEMS, type DataSystem, type JobResult } from './data/job.ts';
import { syntheticCsv } from './data/syntheticTable.ts';

const ROWS = 100_000;
const RUNS = 5;
const TARGETS = { seconds: 3, memoryRatio: 3 };

const { values: flags } = parseArgs({ options: { quick: { type: 'boolean' } } });
const runs = flags.quick ? 1 : RUNS;
const folder = join(os.tmpdir(), 'netloom-bench-data');
mkdirSync(folder, { recursive: true });
const file = join(folder, `table-${ROWS}x20.csv`);
writeFileSync(file, syntheticCsv(ROWS));
const fileBytes = statSync(file).size;
console.log(`${file}: ${ROWS.toLocaleString('en-US')} rows × 20 columns, ${(fileBytes / 1e6).toFixed(1)} MB; ${runs} run(s) per system and mode`);

function job(system: DataSystem, mode: 'rss' | 'live'): JobResult {
  const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/data/job.ts', system, file, mode], { encoding: 'utf8' });
  return JSON.parse(output) as JobResult;
}

// Runs take turns between systems, so a burst of other work on the machine hits them all alike.
const results = new Map<DataSystem, { rss: JobResult[]; live: JobResult[] }>(SYSTEMS.map((s) => [s, { rss: [], live: [] }]));
for (let run = 0; run < runs; run++) {
  for (const system of SYSTEMS) {
    results.get(system)!.rss.push(job(system, 'rss'));
    results.get(system)!.live.push(job(system, 'live'));
  }
}

const summary = SYSTEMS.map((system) => {
  const { rss, live } = results.get(system)!;
  const seconds = median(rss.map((r) => r.totalMs)) / 1000;
  return {
    system,
    rows: rss[0]!.rows,
    seconds,
    parseSeconds: median(rss.map((r) => r.parseMs)) / 1000,
    encodeSeconds: median(rss.map((r) => r.encodeMs)) / 1000,
    peakRssRatio: median(rss.map((r) => r.peakBytes)) / fileBytes,
    liveRatio: median(live.map((r) => r.peakBytes)) / fileBytes,
    runs: { rss, live },
  };
});
const ours = summary.find((s) => s.system === 'netloom')!;

const header = ['system', 'total s', 'parse s', 'encode s', '× netloom time', 'peak live data', 'peak RSS'];
const rows = summary.map((s) => [
  s.system,
  s.seconds.toFixed(2),
  s.parseSeconds.toFixed(2),
  s.system === 'netloom' ? s.encodeSeconds.toFixed(2) : '-',
  (s.seconds / ours.seconds).toFixed(2),
  `${s.liveRatio.toFixed(2)}× file`,
  `${s.peakRssRatio.toFixed(2)}× file`,
]);
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
console.log(['', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
const targets = {
  time: { seconds: ours.seconds, target: TARGETS.seconds, met: ours.seconds < TARGETS.seconds },
  liveMemory: { ratio: ours.liveRatio, target: TARGETS.memoryRatio, met: ours.liveRatio <= TARGETS.memoryRatio },
  peakRss: { ratio: ours.peakRssRatio, target: TARGETS.memoryRatio, met: ours.peakRssRatio <= TARGETS.memoryRatio },
};
console.log(
  `\nnetloom: ${ours.seconds.toFixed(2)} s (target < ${TARGETS.seconds} s: ${targets.time.met ? 'met' : 'MISSED'}); ` +
    `peak live data ${ours.liveRatio.toFixed(2)}× the file (target ≤ ${TARGETS.memoryRatio}×: ${targets.liveMemory.met ? 'met' : 'MISSED'}); ` +
    `peak RSS ${ours.peakRssRatio.toFixed(2)}× (${targets.peakRss.met ? 'met' : 'MISSED'}; includes V8's young generation and uncollected garbage)`,
);
console.log('papaparse: rows of strings only, no types or encoding; papaparse-typed: header + dynamicTyping, an object per row.');

if (flags.quick) {
  console.log('\n--quick run: bench/data-results.json left as it was');
} else {
  const resultsFile = new URL('./data-results.json', import.meta.url);
  const machine = { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, node: process.version, loadAverage: os.loadavg() };
  writeFileSync(resultsFile, `${JSON.stringify({ date: new Date().toISOString(), rows: ROWS, fileBytes, machine, targets, summary }, null, 2)}\n`);
  console.log(`\nwrote ${resultsFile.pathname}`);
}
