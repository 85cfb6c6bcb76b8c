import { createTrainer, modelNetwork, type Dataset, type Dtype, type Rng } from '../../engine/index.ts';
import { assertNever } from '../../engine/assertNever.ts';
import type { LossFn, NetloomModel, NodeWeights } from '../../model/index.ts';
import type { ScriptSteps } from './runWithPytorch.ts';

/** What Netloom computes for a model on one batch: what an exported script must reproduce. */
export interface EngineReference {
  /** `predict`: rows × outputs, after the last activation. */
  output: Float64Array;
  /** In training mode (null for a forward pass alone): the batch's gradients and the training steps. */
  training: {
    /** `grad`: the gradient of the batch's mean loss (no L2), by node id and tensor name; no entry for state (moving statistics). */
    grads: Record<string, NodeWeights>;
    /** Every tensor (moving statistics included) after each entry of `steps`, by node id and tensor name. */
    steps: Record<string, NodeWeights>[];
  } | null;
}

/**
 * Test helper: Netloom's predictions for `model` on one batch of `rows` rows, in `dtype`
 * (float32 is how the editor and the CLI compute); and, unless `steps` is null, its gradients
 * and training steps: each entry of `steps` starts from the model's weights and takes `count`
 * steps of the real trainer (gradients, L2 on the kernels, the optimizer's update) on a dataset
 * made of this one batch.
 */
export function engineReference(
  model: NetloomModel,
  { x, target, rows, dtype }: { x: Float32Array; target: Float32Array; rows: number; dtype: Dtype },
  steps: readonly ScriptSteps[] | null,
): EngineReference {
  const network = modelNetwork(model, { dtype });
  const output = Float64Array.from(network.predict(x, rows));
  if (steps === null) return { output, training: null };
  const { grads } = network.lossAndGradients(x, target, rows);
  const trained = steps.map(({ optimizer, lr, l2, count }) => {
    const fresh = modelNetwork(model, { dtype });
    const trainer = createTrainer(fresh, oneBatch(x, target, rows, fresh.inputSize, fresh.outputSize), { optimizer, lr, l2, batchSize: rows }, 1);
    for (let i = 0; i < count; i++) trainer.step();
    return fresh.weights();
  });
  return { output, training: { grads, steps: trained } };
}

/** A dataset whose training split is exactly one batch (the trainer shuffles its rows, which changes no mean). */
function oneBatch(x: Float32Array, y: Float32Array, rows: number, inputSize: number, outputSize: number): Dataset {
  const split = { x, y, count: rows };
  return {
    info: { name: 'one batch', label: 'one batch', inputSize, task: { kind: 'regression', outputs: outputSize }, planar: false },
    inputSize,
    outputSize,
    train: split,
    test: split,
    extent: null,
  };
}

/**
 * `rows` targets that `loss` accepts: one-hot rows for cross_entropy, 0 or 1 for
 * binary_cross_entropy, values around 0 (standard normal) for mse.
 */
export function randomTargets(rng: Rng, loss: LossFn, rows: number, width: number): Float32Array {
  const target = new Float32Array(rows * width);
  for (let r = 0; r < rows; r++) {
    const row = target.subarray(r * width, (r + 1) * width);
    switch (loss) {
      case 'cross_entropy':
        row[rng.int(width)] = 1;
        break;
      case 'binary_cross_entropy':
        for (let j = 0; j < width; j++) row[j] = rng.int(2);
        break;
      case 'mse':
        for (let j = 0; j < width; j++) row[j] = rng.normal();
        break;
      default:
        assertNever(loss);
    }
  }
  return target;
}

/** The largest difference between two arrays, scaled as the tolerances are: |a − e| / max(1, |e|) (absolute near zero, relative beyond 1). */
export function worstScaledDifference(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  if (actual.length !== expected.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < expected.length; i++) {
    const difference = Math.abs(actual[i]! - expected[i]!) / Math.max(1, Math.abs(expected[i]!));
    // Written so that NaN counts as the worst.
    if (!(difference <= worst)) worst = difference;
  }
  return worst;
}
