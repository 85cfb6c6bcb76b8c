import { NetworkProbe, planTraining, setUpTraining, type Dataset, type KernelChoice, type KernelName } from '../../src/engine/index.ts';
import { PROBE_EVERY } from '../../src/worker/engineSession.ts';
import type { System } from '../system.ts';
import { syntheticData, type Workload } from '../workloads.ts';

/** Training rows the engine cycles through (shuffled each epoch, gathered into each batch). */
const ROWS = 2048;
/**
 * Steps between two probe reports: the worker asks for one with every metrics batch, ten a
 * second, which at W2's ~1,100 steps a second is about every 100 steps.
 */
const STEPS_PER_REPORT = 100;

/** This engine as a benchmark system; `kernelsUsed` is filled in by `prepare` with what the network runs on. */
export type NetloomSystem = System & { kernelsUsed?: KernelName };

/**
 * This engine's trainer on the given kernels, set up and stepping exactly as the app trains
 * (`setUpTraining`, on synthetic rows), with the layer statistics when asked (a probe sampling
 * every `PROBE_EVERY`th step, reported every `STEPS_PER_REPORT`). No Node APIs: the browser
 * benchmark runs it in a worker too.
 */
export function netloomSystem(name: string, kernels: KernelChoice, { statistics = false } = {}): NetloomSystem {
  const system: NetloomSystem = {
    name,
    activate: async () => {},
    prepare: (workload, seed) => {
      const plan = planTraining({ optimizer: 'sgd', lr: 0.01, batchSize: workload.batchSize, seed, l2: 0 });
      const { compiled, network, trainer } = setUpTraining(workload.model, plan, { kernels, dataset: syntheticDataset(workload, seed) });
      system.kernelsUsed = network.backend.kernels.name;
      if (!statistics) return { step: () => void trainer.step(), dispose: () => {} };
      const probe = new NetworkProbe(network, compiled, { every: PROBE_EVERY });
      trainer.observe(probe);
      let steps = 0;
      const step = () => {
        trainer.step();
        if (++steps % STEPS_PER_REPORT === 0) probe.report();
      };
      return { step, dispose: () => {} };
    },
  };
  return system;
}

function syntheticDataset(workload: Workload, seed: number): Dataset {
  const { x, y, inputSize, outputSize } = syntheticData(workload, ROWS, seed);
  const split = { x, y, count: ROWS };
  return {
    info: {
      name: workload.id,
      label: workload.description,
      inputSize,
      task: { kind: 'classification', classes: Math.max(outputSize, 2) },
      planar: false,
    },
    inputSize,
    outputSize,
    train: split,
    test: split,
    extent: null,
  };
}
