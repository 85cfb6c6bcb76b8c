/**
 * The page of `npm run bench:ui`'s worker case: runs one workload of `npm run bench` on this
 * engine in a Web Worker, as the app's training worker would, and leaves the result in
 * `window.__workerBench` for the benchmark to read. `?workload=W3&kernels=auto|js|wasm`.
 */
import type { WorkerBenchResult } from './worker.ts';

declare global {
  interface Window {
    __workerBench?: WorkerBenchResult | { error: string };
  }
}

const params = new URLSearchParams(location.search);
const status = document.getElementById('status')!;
const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
worker.onmessage = (event: MessageEvent<WorkerBenchResult>) => {
  window.__workerBench = event.data;
  status.textContent = `${Math.round(event.data.median)} samples/s on ${event.data.kernels}`;
};
worker.onerror = (event) => {
  window.__workerBench = { error: event.message };
  status.textContent = `Failed: ${event.message}`;
};
worker.postMessage({ workload: params.get('workload') ?? 'W3', kernels: params.get('kernels') ?? 'auto' });
