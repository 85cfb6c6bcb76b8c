/**
 * `npm run bench:mnist`: how long an MNIST epoch takes in the browser's training worker (issue 11
 * asks for the seconds). The MNIST template (784-128-64-10 ReLU/softmax, batch 64, Adam, 8,000
 * training digits) is opened in real Chromium and trained epoch by epoch with "Step epoch", each
 * timed in the page from the click to the epoch counter moving on: the epoch's 125 steps and the
 * evaluation of both splits (and the test views) that ends it, in turn with the same epoch on the
 * engine in Node, so the ratio holds however busy the machine is. Training throughput alone comes
 * from the samples/s the controls show while Train runs. Writes bench/mnist-results.json.
 *
 * Serves NETLOOM_DIST if set, else builds the app into a temporary folder first; on
 * NETLOOM_E2E_PORT if set, else 4179.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { builtinTable } from '../src/engine/datasets/builtin/builtinTables.testkit.ts';
import { planTraining, setUpTraining } from '../src/engine/index.ts';
import { mnistTemplate, serializeModel } from '../src/model/index.ts';
import { LOCAL_AUTOSAVE_KEY } from '../src/ui/store/autosaveStore.ts';
import { median } from './measure.ts';
import { distFolder, launchChromium, startPreview, URL } from './browser.ts';

const EPOCHS = 5;
const TRAIN_MS = 8_000;
const RESULTS_FILE = 'bench/mnist-results.json';

/**
 * Clicks "Step epoch" and resolves with the milliseconds until the Epoch reading shows `epoch`.
 * A string, not a function: tsx would wrap a function's inner closures in a helper the page does
 * not have.
 */
function timedStepEpoch(epoch: number): string {
  return `new Promise((resolve) => {
    const controls = document.querySelector('[aria-label="Training controls"]');
    const button = [...controls.querySelectorAll('button')].find((b) => b.textContent === 'Step epoch');
    const start = performance.now();
    const check = () => {
      const reading = controls.querySelector('output[aria-label="Epoch"]');
      if (reading && reading.textContent === '${epoch}') resolve(performance.now() - start);
      else requestAnimationFrame(check);
    };
    button.click();
    requestAnimationFrame(check);
  })`;
}

/** The app with the MNIST template open, trained epoch by epoch with "Step epoch". */
async function openApp(url: string) {
  const browser = await launchChromium();
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // Epochs enough that Train is still running when the readings end.
  const model = mnistTemplate();
  const longer = { ...model, training: { ...model.training, epochs: 1000 } };
  await page.addInitScript(([key, text]) => localStorage.setItem(key!, text!), [LOCAL_AUTOSAVE_KEY, serializeModel(longer)]);
  await page.goto(url);
  const controls = page.getByRole('region', { name: 'Training controls' });
  // Enabled once the Data panel's worker has read MNIST (the training worker reads it again for its run).
  await controls.getByRole('button', { name: 'Step epoch' }).and(page.locator(':enabled')).waitFor({ timeout: 60_000 });
  let epochs = 0;
  return {
    stepEpoch: async () => (await page.evaluate(timedStepEpoch(++epochs))) as number,
    /** The samples/s the controls show while Train runs for `ms`, median of the readings. */
    async trainingSamplesPerSecond(ms: number) {
      await controls.getByRole('button', { name: 'Train', exact: true }).click();
      const readings: number[] = [];
      const start = Date.now();
      while (Date.now() - start < ms) {
        await page.waitForTimeout(500);
        const text = await controls.getByLabel('Samples per second').textContent().catch(() => null);
        if (text) readings.push(Number(text.replaceAll(',', '')));
      }
      await controls.getByRole('button', { name: 'Pause' }).click();
      return median(readings.filter((value) => value > 0));
    },
    close: () => browser.close(),
  };
}

/** The same epochs on the engine in Node: steps, then the evaluation of both splits that the worker also does. */
function nodeTrainer() {
  const model = mnistTemplate();
  const table = builtinTable('mnist');
  const { trainer, dataset } = setUpTraining(model, planTraining(model.training), { tables: () => table });
  return {
    trainRows: dataset.train.count,
    epoch() {
      const start = performance.now();
      const epoch = trainer.epoch;
      while (trainer.epoch === epoch) trainer.step();
      const stepped = performance.now();
      trainer.evaluate('train');
      trainer.evaluate('test');
      return { stepsMs: stepped - start, withEvaluationMs: performance.now() - start };
    },
  };
}

async function main() {
  const node = nodeTrainer();
  node.epoch(); // warm-up: the JIT compiles the hot loops
  const preview = await startPreview(distFolder('bench-mnist'));
  const app = await openApp(URL).catch((error: unknown) => {
    preview.stop();
    throw error;
  });
  const pairs: { browserMs: number; nodeMs: number; nodeStepsMs: number }[] = [];
  let firstBrowserMs = 0;
  let samplesPerSecond = 0;
  let nodeStepsAround: number[] = [];
  try {
    console.log(`Timing MNIST epochs, the browser's worker and Node in turn, ${EPOCHS} pairs…`);
    // The first also starts the training worker and reads MNIST into it.
    firstBrowserMs = await app.stepEpoch();
    for (let i = 0; i < EPOCHS; i++) {
      const inNode = node.epoch();
      pairs.push({ browserMs: await app.stepEpoch(), nodeMs: inNode.withEvaluationMs, nodeStepsMs: inNode.stepsMs });
    }
    samplesPerSecond = await app.trainingSamplesPerSecond(TRAIN_MS);
    nodeStepsAround = [pairs.at(-1)!.nodeStepsMs, node.epoch().stepsMs];
  } finally {
    await app.close();
    preview.stop();
  }
  const browserEpoch = median(pairs.map((pair) => pair.browserMs)) / 1000;
  const nodeEpoch = median(pairs.map((pair) => pair.nodeMs)) / 1000;
  const ratio = median(pairs.map((pair) => pair.browserMs / pair.nodeMs));
  const browserSteps = node.trainRows / samplesPerSecond;
  const nodeSteps = median(nodeStepsAround) / 1000;
  const summary = {
    date: new Date().toISOString(),
    model: '784-128-64-10 ReLU/softmax, Adam, batch 64',
    trainRows: node.trainRows,
    pairs: pairs.map((pair) => ({ browserMs: Math.round(pair.browserMs), nodeMs: Math.round(pair.nodeMs) })),
    firstBrowserEpochSeconds: firstBrowserMs / 1000,
    epochWithEvaluationSeconds: { browser: browserEpoch, node: nodeEpoch, browserOverNode: ratio },
    epochStepsOnlySeconds: { browser: browserSteps, node: nodeSteps, browserOverNode: browserSteps / nodeSteps, browserSamplesPerSecond: samplesPerSecond },
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(summary, null, 2)}\n`);
  const seconds = (value: number) => `${value.toFixed(2)} s`;
  console.table({
    [`epoch, steps + evaluation (Step epoch; medians of ${EPOCHS} pairs)`]: {
      'browser worker': seconds(browserEpoch),
      'Node engine': seconds(nodeEpoch),
      'browser / Node': ratio.toFixed(2),
    },
    'epoch, steps only (browser: from samples/s while training)': {
      'browser worker': seconds(browserSteps),
      'Node engine': seconds(nodeSteps),
      'browser / Node': (browserSteps / nodeSteps).toFixed(2),
    },
    'first epoch in the browser (starting the worker, reading MNIST)': { 'browser worker': seconds(firstBrowserMs / 1000), 'Node engine': '', 'browser / Node': '' },
  });
  console.log(`Written to ${RESULTS_FILE}.`);
}

await main();
