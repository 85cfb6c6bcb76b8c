/**
 * The depth sweep: the current design trained at several depths with sigmoid, tanh and ReLU
 * (short runs, same data and seed), and how each did: the first layer's gradient relative to
 * the last's, and the final test accuracy, against depth (Glorot & Bengio 2010, fig. 7;
 * Nielsen, "Neural networks and deep learning", ch. 5).
 */
import { deepTemplate, type NetloomModel } from '../../model/index.ts';
import { sharedTraining } from './depthExperiment.ts';
import { fixesBase } from './fixesExperiment.ts';

export const SWEEP_DEPTHS = [2, 4, 6, 8, 10, 15, 20] as const;
export const SWEEP_ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;
export type SweepActivation = (typeof SWEEP_ACTIVATIONS)[number];
/** Short runs: enough steps for the gradients to settle and the shallow networks to learn. */
export const SWEEP_EPOCHS = 20;

/** One run of the sweep, with the dense layers its gradient ratio compares (as the fixes experiment's runs). */
export interface SweepJob {
  fn: SweepActivation;
  depth: number;
  model: NetloomModel;
  firstDenseId: string;
  lastHiddenDenseId: string;
}

/** How one run of the sweep did. */
export interface SweepResult {
  fn: SweepActivation;
  depth: number;
  /**
   * The first hidden dense layer's gradient norm ÷ the last hidden one's, the median of the
   * run's last points (the fixes experiment's `gradientRatio`); null without gradients.
   */
  gradientRatio: number | null;
  /** Test accuracy at the end (null when the run diverged or failed). */
  testAccuracy: number | null;
  /** Why there are no numbers, when there are none ("Loss became NaN at step 31 …"). */
  problem?: string;
}

/**
 * Every run of the sweep, activation by activation, shallow first: `depths` hidden layers as
 * wide as the current deep graph's (16 units for a shallow one, as "Compare fixes" starts from), with the data and seed of the current graph where the deep
 * networks can train on them (see `sharedTraining`), for `epochs` epochs.
 */
export function planSweep(current: NetloomModel, depths: readonly number[] = SWEEP_DEPTHS, epochs = SWEEP_EPOCHS): SweepJob[] {
  const { width } = fixesBase(current);
  return SWEEP_ACTIVATIONS.flatMap((fn) =>
    depths.map((depth) => {
      const model = deepTemplate(fn, depth, width);
      const training = { ...sharedTraining(current, model.training ?? {}), epochs };
      return { fn, depth, model: { ...model, name: `sweep-${fn}-${depth}`, training }, firstDenseId: 'dense1', lastHiddenDenseId: `dense${depth}` };
    }),
  );
}

/** One activation's results as a line against depth, shallow first. */
export interface SweepLine {
  fn: SweepActivation;
  points: { depth: number; gradientRatio: number | null; testAccuracy: number | null }[];
}

/** The results as one line per activation (in `SWEEP_ACTIVATIONS` order), each point a depth. */
export function sweepLines(results: readonly SweepResult[]): SweepLine[] {
  return SWEEP_ACTIVATIONS.map((fn) => ({
    fn,
    points: results
      .filter((result) => result.fn === fn)
      .sort((a, b) => a.depth - b.depth)
      .map(({ depth, gradientRatio: ratio, testAccuracy }) => ({ depth, gradientRatio: ratio, testAccuracy })),
  }));
}
