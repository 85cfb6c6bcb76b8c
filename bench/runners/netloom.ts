import { fixedProvider, planTraining, setUpTraining, type Dataset } from '../../src/engine/index.ts';
import type { System } from '../system.ts';
import { syntheticData, type Workload } from '../workloads.ts';

/** Training rows the engine cycles through (shuffled each epoch, gathered into each batch). */
const ROWS = 2048;

/** This engine's trainer, set up and stepping exactly as the app trains. */
export const netloom: System = {
  name: 'netloom',
  activate: async () => {},
  prepare: (workload, seed) => {
    const plan = planTraining({ optimizer: 'sgd', lr: 0.01, batchSize: workload.batchSize, seed, l2: 0 });
    const { trainer } = setUpTraining(workload.model, plan, { provider: fixedProvider(syntheticDataset(workload, seed)) });
    return { step: () => void trainer.step(), dispose: () => {} };
  },
};

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
