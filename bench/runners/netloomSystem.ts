import { fixedProvider, NetworkProbe, planTraining, setUpTraining, type Dataset, type KernelChoice, type KernelName } from '../../src/engine/index.ts';
import { probeInterval, reportedSpeed } from '../../src/worker/engineSession.ts';
import type { System } from '../system.ts';
import { syntheticData, type Workload } from '../workloads.ts';

/** Training rows the engine cycles through (shuffled each epoch, gathered into each batch). */
const ROWS = 2048;
/** Time between two probe reports: the worker asks for one with every metrics batch, ten a second. */
const REPORT_INTERVAL_MS = 100;

/** This engine as a benchmark system; `kernelsUsed` is filled in by `prepare` with what the network runs on. */
export type NetloomSystem = System & { kernelsUsed?: KernelName };

/**
 * This engine's trainer on the given kernels, set up and stepping exactly as the app trains
 * (`setUpTraining`, on synthetic rows), with the layer statistics when asked (a probe reported
 * every `REPORT_INTERVAL_MS`, its sampling interval set from the speed between reports as the
 * worker sets it). No Node APIs: the browser benchmark runs it in a worker too.
 */
export function netloomSystem(name: string, kernels: KernelChoice, { statistics = false } = {}): NetloomSystem {
  const system: NetloomSystem = {
    name,
    activate: async () => {},
    prepare: (workload, seed) => {
      const plan = planTraining({ optimizer: 'sgd', lr: 0.01, batchSize: workload.batchSize, seed, l2: 0 });
      const { compiled, network, trainer } = setUpTraining(workload.model, plan, { kernels, provider: fixedProvider(syntheticDataset(workload, seed)) });
      system.kernelsUsed = network.backend.kernels.name;
      if (!statistics) return { step: () => void trainer.step(), dispose: () => {} };
      const probe = new NetworkProbe(network, compiled, { every: 1 });
      trainer.observe(probe);
      let steps = 0;
      let reportedAt = performance.now();
      const step = () => {
        trainer.step();
        steps += 1;
        const now = performance.now();
        if (now - reportedAt < REPORT_INTERVAL_MS) return;
        // A window of REPORT_INTERVAL_MS is always long enough to give a speed.
        probe.sampleEvery(probeInterval(reportedSpeed(steps, now - reportedAt)!));
        probe.report();
        reportedAt = now;
        steps = 0;
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
