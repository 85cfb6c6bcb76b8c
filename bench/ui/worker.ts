/** Measures a benchmark workload on this engine inside a Web Worker, the way `npm run bench` does in Node. */
import type { KernelChoice, KernelName } from '../../src/engine/index.ts';
import { FULL, measureWorkload, type Throughput } from '../measure.ts';
import { netloomSystem } from '../runners/netloomSystem.ts';
import { WORKLOADS } from '../workloads.ts';

declare const self: DedicatedWorkerGlobalScope;

export interface WorkerBenchResult extends Throughput {
  kernels: KernelName | undefined;
}

self.onmessage = async (event: MessageEvent<{ workload: string; kernels: KernelChoice }>) => {
  const workload = WORKLOADS.find((candidate) => candidate.id === event.data.workload);
  if (!workload) throw new Error(`unknown workload ${event.data.workload}`);
  const system = netloomSystem('netloom', event.data.kernels);
  const throughput = (await measureWorkload(workload, [system], FULL)).netloom!;
  self.postMessage({ ...throughput, kernels: system.kernelsUsed } satisfies WorkerBenchResult);
};
