import { parseKernelChoice, type KernelChoice } from '../../src/engine/index.ts';
import { netloomSystem } from './netloomSystem.ts';

export { netloomSystem } from './netloomSystem.ts';

/** The kernels `NETLOOM_KERNELS` asks for (js, wasm; unset: auto). */
export const KERNELS_FROM_ENV: KernelChoice = parseKernelChoice(process.env.NETLOOM_KERNELS);

/** The engine as configured (`NETLOOM_KERNELS`, default auto): the system the targets are about. */
export const netloom = netloomSystem('netloom', KERNELS_FROM_ENV);

/** The same engine with the layer statistics on, sampled and reported as the worker does. */
export const netloomWithStatistics = netloomSystem('netloom + statistics', KERNELS_FROM_ENV, { statistics: true });
