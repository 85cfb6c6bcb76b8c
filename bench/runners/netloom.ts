import { createNetwork, createTrainer, parseKernelChoice, type Dataset, type KernelChoice, type KernelName } from '../../src/engine/index.ts';
import type { System } from '../system.ts';
import { syntheticData, workloadNetwork, type Workload } from '../workloads.ts';

/** Training rows the engine cycles through (shuffled each epoch, gathered into each batch). */
const ROWS = 2048;

/** The kernels `NETLOOM_KERNELS` asks for (js, wasm; unset: auto). */
export const KERNELS_FROM_ENV: KernelChoice = parseKernelChoice(process.env.NETLOOM_KERNELS);

/**
 * This engine's trainer, stepping exactly as the app trains, on the given kernels. `kernelsUsed`
 * is filled in by `prepare` with what the network actually runs on.
 */
export function netloomSystem(name: string, kernels: KernelChoice): System & { kernelsUsed?: KernelName } {
  const system: System & { kernelsUsed?: KernelName } = {
    name,
    activate: async () => {},
    prepare: (workload, seed) => {
      const network = createNetwork(workloadNetwork(workload), { seed, kernels, batchCapacity: workload.batchSize });
      system.kernelsUsed = network.backend.kernels.name;
      const trainer = createTrainer(network, syntheticDataset(workload, seed), { optimizer: 'sgd', lr: 0.01, batchSize: workload.batchSize }, seed);
      return { step: () => void trainer.step(), dispose: () => {} };
    },
  };
  return system;
}

/** The engine as configured (`NETLOOM_KERNELS`, default auto): the system the targets are about. */
export const netloom = netloomSystem('netloom', KERNELS_FROM_ENV);

function syntheticDataset(workload: Workload, seed: number): Dataset {
  const { x, y, outputSize } = syntheticData(workload, ROWS, seed);
  const split = { x, y, count: ROWS };
  return {
    info: {
      name: workload.id,
      label: workload.description,
      inputSize: workload.inputSize,
      task: { kind: 'classification', classes: Math.max(outputSize, 2) },
      planar: false,
    },
    inputSize: workload.inputSize,
    outputSize,
    train: split,
    test: split,
    extent: null,
  };
}
