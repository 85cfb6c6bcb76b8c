import { parseKernelChoice, type KernelChoice } from '../engine/index.ts';
import { UsageError } from './command.ts';

/**
 * The kernels the CLI's networks run on: `NETLOOM_KERNELS=js|wasm` forces one, unset (or
 * `auto`) takes the best this runtime has. A bad value is a usage error naming the variable.
 */
export function kernelsFromEnv(): KernelChoice {
  try {
    return parseKernelChoice(process.env.NETLOOM_KERNELS);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
