/**
 * One run of `bench:data` in a fresh Node process, so that the memory it reports is its own:
 * `node --expose-gc --import tsx bench/data/job.ts <system> <file.csv> <rss|live>` prints one JSON line.
 *
 * Systems: `netloom` (decode, parseTable, planTable, encodeTable) and two ways people use
 * papaparse alone: `papaparse` (rows of strings) and `papaparse-typed` (header + dynamicTyping:
 * an object per row). Every system reads the text the same way (decodeTableBytes).
 *
 * Modes: `rss` times the run and reports the process's peak resident memory above what it held
 * before (garbage not yet collected and V8's young generation included: what the OS sees);
 * `live` forces a garbage collection after each stage and reports the most data held at once.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { decodeTableBytes, encodeTable, parseTable, planTable } from '../../src/engine/datasets/tabular/index.ts';

export const SYSTEMS = ['netloom', 'papaparse', 'papaparse-typed'] as const;
export type DataSystem = (typeof SYSTEMS)[number];
const MODES = ['rss', 'live'] as const;
type Mode = (typeof MODES)[number];

/** What one run reports: times in ms, memory in bytes. */
export interface JobResult {
  system: DataSystem;
  mode: Mode;
  rows: number;
  readMs: number;
  parseMs: number;
  encodeMs: number;
  totalMs: number;
  /** `rss`: peak resident memory above the start; `live`: the most heap and array-buffer bytes held after a stage, above the start. */
  peakBytes: number;
}

function run(system: DataSystem, file: string, mode: Mode): JobResult {
  const gc = globalThis.gc!;
  const held = () => {
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
  gc();
  const startRss = process.memoryUsage().rss;
  const startHeld = held();
  let mostHeld = 0;
  /** After a stage: what it produced is passed in, so it stays alive through the collection. */
  const stageDone = (...produced: unknown[]) => {
    if (mode !== 'live') return produced.length;
    gc();
    mostHeld = Math.max(mostHeld, held() - startHeld);
    return produced.length;
  };

  const name = basename(file);
  const start = performance.now();
  // the bytes are dropped once decoded, and the text once parsed, as the worker and the CLI do
  let text: string | null = decodeTableBytes(readFileSync(file), name);
  const read = performance.now();
  let rows: number;
  let parsed: number;
  if (system === 'netloom') {
    const table = parseTable(text, name);
    parsed = performance.now();
    stageDone(text, table);
    text = null;
    const encoded = encodeTable(planTable(table, { target: 'label' }), { seed: 1 });
    rows = encoded.dataset.train.count + encoded.dataset.test.count;
    // the worker keeps the table (to re-plan it when a role changes) beside the dataset
    stageDone(table, encoded);
  } else {
    const typed = system === 'papaparse-typed';
    const { data } = Papa.parse(text, { skipEmptyLines: 'greedy', header: typed, dynamicTyping: typed });
    rows = data.length;
    parsed = performance.now();
    stageDone(text, data);
  }
  const end = performance.now();
  return {
    system,
    mode,
    rows,
    readMs: read - start,
    parseMs: parsed - read,
    encodeMs: end - parsed,
    totalMs: end - start,
    // maxRSS (KiB) is the whole process's; what it held before the run counts against the run
    peakBytes: mode === 'rss' ? process.resourceUsage().maxRSS * 1024 - startRss : mostHeld,
  };
}

// Run only when executed, not when data.bench.ts imports the names.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [system, file, mode] = process.argv.slice(2);
  if (!SYSTEMS.includes(system as DataSystem) || !file || !MODES.includes(mode as Mode)) {
    console.error(`usage: job.ts ${SYSTEMS.join('|')} <file.csv> ${MODES.join('|')}`);
    process.exit(2);
  }
  console.log(JSON.stringify(run(system as DataSystem, file, mode as Mode)));
}
