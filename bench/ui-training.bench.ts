/**
 * `npm run bench:ui`: does the page stay smooth while a W2-size network trains at full speed,
 * and what do the layer statistics cost? Trains 2→10×32 sigmoid→1 (batch 32) in the app for
 * 10 s in real Chromium, six times, with the layer statistics on and off in turn, recording
 * long main-thread tasks, requestAnimationFrame intervals and the main thread's busy share;
 * compares the worker's samples/s with and without statistics, and with the engine's own
 * throughput (with and without its probe) on the same workload in Node. Then a 10 × 512 network
 * (2.4 million parameters, 9.5 MB of weights sent every 5 s), which issue 15 item 17 found
 * blocking the page for up to 1.5 s at a time, trained twice for 12 s. Then the worker case: W3
 * (784-128-64-10) on the engine in a Chromium Web Worker against Node, alternating (see
 * workerBench.ts; it runs outside the app's page: `npm run bench:mnist` times MNIST epochs in the app itself).
 * Writes bench/ui-results.json.
 *
 * Serves NETLOOM_DIST if set, else builds the app into a temporary folder first; on
 * NETLOOM_E2E_PORT if set, else 4179.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright';
import { deepTemplate, serializeModel, type NetloomModel } from '../src/model/index.ts';
import { LOCAL_AUTOSAVE_KEY } from '../src/ui/store/autosaveStore.ts';
import { distFolder, launchChromium, startPreview, URL } from './browser.ts';
import { FULL, measureWorkload, median } from './measure.ts';
import { netloom, netloomWithStatistics } from './runners/netloom.ts';
import { measureWorkerCase } from './workerBench.ts';
import { WORKLOADS } from './workloads.ts';

const TRAIN_MS = 10_000;
/** Long enough for the worker to send a 10 × 512 network's weights twice while it trains. */
const WIDE_TRAIN_MS = 12_000;
const WIDE_ROUNDS = 2;
/** Readings of samples/s start after this, once the JIT has warmed up. */
const WARMUP_MS = 1_000;
const TARGETS = { maxTaskMs: 50, medianFrameMs: 20, workerVsNodeW3: 0.9, statisticsCost: 0.1 };
/** Browser runs with statistics on and off, alternated so a disturbance on the machine hits both alike. */
const ROUNDS = 3;
const RESULTS_FILE = 'bench/ui-results.json';
const ENGINE_RESULTS_FILE = 'bench/results.json';

/** 10 hidden sigmoid layers of `width` (32: issue §6's W2), trained by SGD in batches of 32, as a model the editor opens. */
function deepModel(name: string, width: number): NetloomModel {
  const model = deepTemplate('sigmoid', 10, width);
  return { ...model, name, training: { ...model.training, optimizer: 'sgd' as const, batchSize: 32, epochs: 1_000_000 } };
}

/**
 * Records long tasks and frame intervals in the page. A string, not a function: tsx would wrap
 * a function's inner closures in a helper the page does not have.
 */
const RECORDER_SCRIPT = `
  const start = performance.now();
  window.__uiBench = { longTasks: [], frames: [], stop: false };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__uiBench.longTasks.push({ atMs: entry.startTime - start, durationMs: entry.duration });
  }).observe({ type: 'longtask' });
  let last = start;
  const frame = (now) => {
    window.__uiBench.frames.push(now - last);
    last = now;
    if (!window.__uiBench.stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
`;

/** A main-thread task over 50 ms, and when it started, in ms after Train was pressed. */
interface LongTask {
  atMs: number;
  durationMs: number;
}

async function stopRecording(page: Page): Promise<{ longTasks: LongTask[]; frames: number[] }> {
  return page.evaluate(`(() => {
    window.__uiBench.stop = true;
    return { longTasks: window.__uiBench.longTasks, frames: window.__uiBench.frames };
  })()`);
}

/** Trains `model` for `trainMs` (with the layer statistics on or off) and returns what the page went through, and the worker's samples/s. */
async function measureInBrowser(statistics: boolean, model = deepModel('W2', 32), trainMs = TRAIN_MS) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Left where earlier versions kept the autosave; the app moves it into IndexedDB on opening.
    await page.addInitScript(([key, text]) => localStorage.setItem(key!, text!), [LOCAL_AUTOSAVE_KEY, serializeModel(model)]);
    await page.goto(URL);
    const controls = page.getByRole('region', { name: 'Training controls' });
    const train = controls.getByRole('button', { name: 'Train', exact: true });
    await train.waitFor();
    if (!statistics) {
      // The switch is in the charts' "Layer statistics" tab; both settings then train with "This run" shown.
      const tabs = page.getByRole('tablist', { name: 'Charts' });
      await tabs.getByRole('tab', { name: 'Layer statistics' }).click();
      await page.getByRole('checkbox', { name: 'Layer statistics' }).uncheck();
      await tabs.getByRole('tab', { name: 'This run' }).click();
    }
    await page.evaluate(RECORDER_SCRIPT);
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Performance.enable');
    const busyBefore = await mainThreadBusySeconds(devtools);
    const trainedAt = Date.now();
    await train.click();
    const readings: number[] = [];
    const start = Date.now();
    while (Date.now() - start < trainMs) {
      await page.waitForTimeout(500);
      const text = await controls.getByLabel('Samples per second').textContent();
      if (Date.now() - start > WARMUP_MS) readings.push(Number(text?.replaceAll(',', '')));
    }
    const recorded = await stopRecording(page);
    const busyShare = ((await mainThreadBusySeconds(devtools)) - busyBefore) / ((Date.now() - trainedAt) / 1000);
    await controls.getByRole('button', { name: 'Pause' }).click();
    return { ...recorded, busyShare, samplesPerSecond: median(readings.filter((value) => value > 0)) };
  } finally {
    await browser.close();
  }
}

/**
 * Seconds the page's main thread has spent running tasks so far (Chromium's `TaskDuration`):
 * its busy share over a run is the page's own cost, however the machine's load varies.
 */
async function mainThreadBusySeconds(devtools: CDPSession): Promise<number> {
  const { metrics } = await devtools.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function describeLongTasks(tasks: readonly LongTask[]): string {
  if (tasks.length === 0) return 'none over 50 ms';
  const when = tasks.map((task) => `${(task.atMs / 1000).toFixed(1)} s`).join(', ');
  return `${tasks.length} over 50 ms, at ${when} after Train`;
}

function recordedEngineW2(): number | null {
  if (!existsSync(ENGINE_RESULTS_FILE)) return null;
  const results = JSON.parse(readFileSync(ENGINE_RESULTS_FILE, 'utf8')) as {
    results: { id: string; samplesPerSecond: Record<string, number> }[];
  };
  return results.results.find((result) => result.id === 'W2')?.samplesPerSecond.netloom ?? null;
}

/** One browser run's figures. */
function summarize(statistics: boolean, run: Awaited<ReturnType<typeof measureInBrowser>>) {
  return {
    statistics,
    longTasks: run.longTasks.map(({ atMs, durationMs }) => ({ atMs: Math.round(atMs), durationMs: Math.round(durationMs) })),
    maxTaskMs: Math.max(0, ...run.longTasks.map((task) => task.durationMs)),
    frames: run.frames.length,
    medianFrameMs: median(run.frames),
    p95FrameMs: percentile(run.frames, 95),
    /** Share of the time the page's main thread was busy while training. */
    mainThreadBusyShare: run.busyShare,
    workerSamplesPerSecond: run.samplesPerSecond,
  };
}

const thousands = (value: number) => Math.round(value).toLocaleString('en-US');

async function main() {
  const w2 = WORKLOADS.find((workload) => workload.id === 'W2')!;
  console.log('Measuring the engine on W2 in Node, with and without its statistics probe (the same-time baseline)…');
  const engine = await measureWorkload(w2, [netloom, netloomWithStatistics], FULL);
  const engineNow = engine[netloom.name]!.median;
  const engineWithStatistics = engine[netloomWithStatistics.name]!.median;
  const preview = await startPreview(distFolder('bench-ui'));
  const runs: ReturnType<typeof summarize>[] = [];
  const wideRuns: ReturnType<typeof summarize>[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const statistics of [true, false]) {
        console.log(`Training W2 in the app for ${TRAIN_MS / 1000} s, layer statistics ${statistics ? 'on' : 'off'}…`);
        runs.push(summarize(statistics, await measureInBrowser(statistics)));
      }
    }
    for (let round = 0; round < WIDE_ROUNDS; round++) {
      console.log(`Training 10 × 512 in the app for ${WIDE_TRAIN_MS / 1000} s…`);
      wideRuns.push(summarize(true, await measureInBrowser(true, deepModel('10x512', 512), WIDE_TRAIN_MS)));
    }
  } finally {
    preview.stop();
  }
  console.log('W3 on the engine in a Chromium worker against Node…');
  const w3Worker = await measureWorkerCase('W3');
  const engineRecorded = recordedEngineW2();
  const medianOf = (statistics: boolean, read: (run: (typeof runs)[number]) => number) =>
    median(runs.filter((run) => run.statistics === statistics).map(read));
  const workerWith = medianOf(true, (run) => run.workerSamplesPerSecond);
  const workerWithout = medianOf(false, (run) => run.workerSamplesPerSecond);
  const longTasks = [...runs, ...wideRuns].flatMap((run) => run.longTasks);
  const summary = {
    date: new Date().toISOString(),
    workload: w2.description,
    trainMs: TRAIN_MS,
    runs,
    maxTaskMs: Math.max(0, ...runs.map((run) => run.maxTaskMs)),
    medianFrameMs: median(runs.map((run) => run.medianFrameMs)),
    workerSamplesPerSecond: { withStatistics: workerWith, withoutStatistics: workerWithout, ratio: workerWith / workerWithout },
    mainThreadBusyShare: { withStatistics: medianOf(true, (run) => run.mainThreadBusyShare), withoutStatistics: medianOf(false, (run) => run.mainThreadBusyShare) },
    engineSamplesPerSecond: {
      measuredNow: engineNow,
      withStatisticsNow: engineWithStatistics,
      ratio: engineWithStatistics / engineNow,
      benchResultsJson: engineRecorded,
    },
    workerVsEngine: {
      measuredNow: workerWithout / engineNow,
      benchResultsJson: engineRecorded === null ? null : workerWithout / engineRecorded,
    },
    /** The 10 × 512 network (2→10×512 sigmoid→1, batch 32), statistics on. */
    wide: { runs: wideRuns, maxTaskMs: Math.max(0, ...wideRuns.map((run) => run.maxTaskMs)) },
    w3Worker,
    targets: TARGETS,
  };
  // The observer reports only tasks over 50 ms, with durations rounded: any entry misses the target.
  const met =
    longTasks.length === 0 &&
    summary.medianFrameMs < TARGETS.medianFrameMs &&
    wideRuns.every((run) => run.medianFrameMs < TARGETS.medianFrameMs) &&
    w3Worker.ratio >= TARGETS.workerVsNodeW3 &&
    summary.workerSamplesPerSecond.ratio >= 1 - TARGETS.statisticsCost;
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...summary, targetsMet: met }, null, 2)}\n`);
  const rows: [string, string, string][] = runs.map((run, i) => [
    `run ${i + 1}, statistics ${run.statistics ? 'on' : 'off'}`,
    `${thousands(run.workerSamplesPerSecond)} samples/s; main thread busy ${(run.mainThreadBusyShare * 100).toFixed(0)} %; ` +
      `max task ${run.maxTaskMs.toFixed(0)} ms (${describeLongTasks(run.longTasks)}); frames median ${run.medianFrameMs.toFixed(1)} / p95 ${run.p95FrameMs.toFixed(1)} ms`,
    `no task over ${TARGETS.maxTaskMs} ms; median frame < ${TARGETS.medianFrameMs} ms`,
  ]);
  rows.push(
    ...wideRuns.map((run, i): [string, string, string] => [
      `10 × 512, run ${i + 1}`,
      `${thousands(run.workerSamplesPerSecond)} samples/s; main thread busy ${(run.mainThreadBusyShare * 100).toFixed(0)} %; ` +
        `max task ${run.maxTaskMs.toFixed(0)} ms (${describeLongTasks(run.longTasks)}); frames median ${run.medianFrameMs.toFixed(1)} / p95 ${run.p95FrameMs.toFixed(1)} ms`,
      `no task over ${TARGETS.maxTaskMs} ms`,
    ]),
    ['worker samples/s, statistics on ÷ off', `${thousands(workerWith)} / ${thousands(workerWithout)} = ${summary.workerSamplesPerSecond.ratio.toFixed(3)}`, `≥ ${1 - TARGETS.statisticsCost}`],
    [
      'main thread busy, statistics on / off',
      `${(summary.mainThreadBusyShare.withStatistics * 100).toFixed(1)} % / ${(summary.mainThreadBusyShare.withoutStatistics * 100).toFixed(1)} %`,
      'medians',
    ],
    ['engine samples/s in Node, probe on ÷ off', `${thousands(engineWithStatistics)} / ${thousands(engineNow)} = ${summary.engineSamplesPerSecond.ratio.toFixed(3)}`, 'same run'],
    ['worker (statistics off) ÷ engine in Node', summary.workerVsEngine.measuredNow.toFixed(2), ''],
    [
      'engine samples/s (bench/results.json)',
      engineRecorded === null ? 'n/a' : thousands(engineRecorded),
      summary.workerVsEngine.benchResultsJson === null ? '' : `worker ÷ it ${summary.workerVsEngine.benchResultsJson.toFixed(2)}`,
    ],
    [`W3 worker samples/s (${w3Worker.workerKernels})`, thousands(w3Worker.workerSamplesPerSecond), ''],
    [`W3 Node samples/s (${w3Worker.nodeKernels})`, thousands(w3Worker.nodeSamplesPerSecond), `ratio ${w3Worker.ratio.toFixed(2)} (target ≥ ${TARGETS.workerVsNodeW3})`],
  );
  console.table(Object.fromEntries(rows.map(([name, value, note]) => [name, { value, 'target / note': note }])));
  console.log(`${met ? 'Targets met' : 'Targets NOT met'}; written to ${RESULTS_FILE}.`);
}

await main();
