import type { Workload } from './workloads.ts';

/** A prepared training loop: one call trains one mini-batch. */
export interface PreparedStep {
  step(): void;
  dispose(): void;
}

/** Something that trains the workloads: this engine, or TensorFlow.js on one backend. */
export interface System {
  name: string;
  /** Makes this system the active one (TensorFlow.js has a single global backend). */
  activate(): Promise<void>;
  prepare(workload: Workload, seed: number): PreparedStep;
}
