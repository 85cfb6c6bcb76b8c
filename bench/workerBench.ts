/**
 * `npm run bench:ui`'s worker case: one workload of `npm run bench` on this engine in a Web
 * Worker of real Chromium (the page in bench/ui/, built by Vite as the app is), against the same
 * workload in Node, alternating so that load on the machine hits both alike.
 */
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, startPreview, URL } from './browser.ts';
import { FULL, measureWorkload, median } from './measure.ts';
import { KERNELS_FROM_ENV, netloomSystem } from './runners/netloom.ts';
import type { WorkerBenchResult } from './ui/worker.ts';
import { WORKLOADS } from './workloads.ts';

/** Node and worker runs alternate this many times; the medians pool each side's runs. */
const ROUNDS = 2;

export interface WorkerCase {
  workload: string;
  /** Median samples/s over every timed run of each side. */
  nodeSamplesPerSecond: number;
  workerSamplesPerSecond: number;
  /** worker ÷ Node. */
  ratio: number;
  nodeRuns: number[];
  workerRuns: number[];
  nodeKernels: string | undefined;
  workerKernels: string | undefined;
}

function buildPage(): string {
  const folder = join(tmpdir(), 'netloom-bench-worker');
  execFileSync('npx', ['vite', 'build', 'bench/ui', '--config', 'vite.config.ts', '--outDir', folder, '--emptyOutDir', '--base', './', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  return folder;
}

async function measureInWorker(workloadId: string): Promise<WorkerBenchResult> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${URL}?workload=${workloadId}&kernels=${KERNELS_FROM_ENV}`);
    const handle = await page.waitForFunction(() => window.__workerBench, undefined, { timeout: 180_000 });
    const result = (await handle.jsonValue()) as WorkerBenchResult | { error: string };
    if ('error' in result) throw new Error(`the worker failed: ${result.error}`);
    return result;
  } finally {
    await browser.close();
  }
}

export async function measureWorkerCase(workloadId: string): Promise<WorkerCase> {
  const workload = WORKLOADS.find((candidate) => candidate.id === workloadId)!;
  // NETLOOM_KERNELS (default auto) picks the kernels on both sides.
  const node = netloomSystem('netloom', KERNELS_FROM_ENV);
  const preview = await startPreview(buildPage());
  const nodeRuns: number[] = [];
  const workerRuns: number[] = [];
  let workerKernels: string | undefined;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      console.log(`${workloadId} round ${round + 1}/${ROUNDS}: Node…`);
      nodeRuns.push(...(await measureWorkload(workload, [node], FULL)).netloom!.runs);
      console.log(`${workloadId} round ${round + 1}/${ROUNDS}: Chromium worker…`);
      const inWorker = await measureInWorker(workloadId);
      workerRuns.push(...inWorker.runs);
      workerKernels = inWorker.kernels;
    }
  } finally {
    preview.stop();
  }
  const nodeSamplesPerSecond = median(nodeRuns);
  const workerSamplesPerSecond = median(workerRuns);
  return {
    workload: `${workload.id} ${workload.description}`,
    nodeSamplesPerSecond,
    workerSamplesPerSecond,
    ratio: workerSamplesPerSecond / nodeSamplesPerSecond,
    nodeRuns,
    workerRuns,
    nodeKernels: node.kernelsUsed,
    workerKernels,
  };
}
