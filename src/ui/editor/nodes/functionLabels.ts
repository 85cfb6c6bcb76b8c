import type { ActivationFn, LossFn } from '../../../model/index.ts';

/** How the functions read in the node selects. */
export const ACTIVATION_LABELS: Record<ActivationFn, string> = {
  relu: 'ReLU',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  linear: 'Linear',
  leaky_relu: 'Leaky ReLU',
  softmax: 'Softmax',
};

export const LOSS_LABELS: Record<LossFn, string> = {
  mse: 'Mean squared error',
  cross_entropy: 'Cross-entropy',
  binary_cross_entropy: 'Binary cross-entropy',
};
