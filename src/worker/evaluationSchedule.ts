/**
 * When the training loop measures the network on both splits (the test lines and the headline):
 * at the end of every `k`-th epoch, counted in steps and epochs, never on a clock, so the same
 * run is evaluated at the same steps on any machine; and whenever training stops, so every
 * series ends where the run ends.
 */

/** The most of the training work that scheduled evaluations may add. */
export const EVALUATION_SHARE = 0.15;

/**
 * A training step costs about three forward passes per sample (forward, and a backward pass of
 * about twice the work), an evaluation one forward pass over every sample of both splits and
 * one more over the test split for the prediction views (confusion matrix, predicted vs actual).
 */
const STEP_PASSES_PER_SAMPLE = 3;

/**
 * Epochs between two scheduled evaluations. An epoch trains on `trainFraction` of the samples
 * (3 passes each) and an evaluation reads all of them once and the test split (`1 − trainFraction`)
 * again, so evaluating every `k` epochs adds `(2 − trainFraction) / (3 · trainFraction · k)` of
 * the training work; `k` is the smallest that keeps this within `EVALUATION_SHARE` (7 for a 50 % split).
 */
export function evaluationEveryEpochs(trainFraction: number): number {
  const evaluationPasses = 1 + (1 - trainFraction);
  return Math.max(1, Math.ceil(evaluationPasses / (STEP_PASSES_PER_SAMPLE * trainFraction * EVALUATION_SHARE) - 1e-9));
}

/** Whether the step that completed epoch `completedEpochs` (if it did) is followed by an evaluation. */
export function isEvaluationStep(epochEnded: boolean, completedEpochs: number, everyEpochs: number): boolean {
  return epochEnded && completedEpochs % everyEpochs === 0;
}
