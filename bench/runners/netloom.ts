import { createNetwork, createTrainer, NetworkProbe, type Dataset } from '../../src/engine/index.ts';
import { PROBE_EVERY } from '../../src/worker/engineSession.ts';
import type { System } from '../system.ts';
import { syntheticData, workloadNetwork, type Workload } from '../workloads.ts';

/** Training rows the engine cycles through (shuffled each epoch, gathered into each batch). */
const ROWS = 2048;
/**
 * Steps between two probe reports: the worker asks for one with every metrics batch, ten a
 * second, which at W2's ~1,100 steps a second is about every 100 steps.
 */
const STEPS_PER_REPORT = 100;

function workloadTrainer(workload: Workload, seed: number) {
  const compiled = workloadNetwork(workload);
  const network = createNetwork(compiled, { seed });
  const trainer = createTrainer(network, syntheticDataset(workload, seed), { optimizer: 'sgd', lr: 0.01, batchSize: workload.batchSize, l2: 0 }, seed);
  return { compiled, network, trainer };
}

/** This engine's trainer, stepping exactly as the app trains. */
export const netloom: System = {
  name: 'netloom',
  activate: async () => {},
  prepare: (workload, seed) => {
    const { trainer } = workloadTrainer(workload, seed);
    return { step: () => void trainer.step(), dispose: () => {} };
  },
};

/** The same trainer with the layer statistics on, sampled and reported as the worker does. */
export const netloomWithStatistics: System = {
  name: 'netloom + statistics',
  activate: async () => {},
  prepare: (workload, seed) => {
    const { compiled, network, trainer } = workloadTrainer(workload, seed);
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
