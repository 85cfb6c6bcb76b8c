/** The activation functions a node can apply, in the order the UI lists them. */
export const ACTIVATION_FNS = ['relu', 'sigmoid', 'tanh', 'linear', 'leaky_relu', 'softmax'] as const;
export type ActivationFn = (typeof ACTIVATION_FNS)[number];

/** The losses a Loss node can compute. */
export const LOSS_FNS = ['mse', 'cross_entropy', 'binary_cross_entropy'] as const;
export type LossFn = (typeof LOSS_FNS)[number];

/** Optimizers the engine implements. */
export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

/** The slope of leaky_relu for negative inputs (Keras' LeakyReLU default is 0.3, TF.js' 0.2; ours is 0.01, PyTorch's). */
export const LEAKY_RELU_ALPHA = 0.01;

/**
 * How a dense layer's kernel starts (Keras' initializer names). `auto` is Glorot uniform, or He
 * uniform when a ReLU-family activation alone reads the layer; the formulas are in `engine/init.ts`.
 */
export const INITIALIZERS = [
  'auto',
  'glorot_uniform',
  'glorot_normal',
  'he_uniform',
  'he_normal',
  'lecun_uniform',
  'lecun_normal',
  'random_normal',
  'random_uniform',
  'zeros',
] as const;
export type Initializer = (typeof INITIALIZERS)[number];
