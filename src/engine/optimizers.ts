import type { OptimizerName } from '../model/index.ts';
import { assertNever } from './assertNever.ts';
import { allocate, type Dtype, type FloatArray } from './tensor.ts';

/** A trainable buffer and the gradient the last backward pass left for it. */
export interface Parameter {
  readonly value: FloatArray;
  readonly grad: FloatArray;
}

/** Applies one update to every parameter from its current gradient; keeps its own state between calls. */
export interface Optimizer {
  readonly name: OptimizerName;
  update(lr: number): void;
}

/** Fixed by the engine's contract (issue 3): momentum 0.9; Adam β1 0.9, β2 0.999, ε 1e-8. */
const MOMENTUM = 0.9;
const ADAM_BETA1 = 0.9;
const ADAM_BETA2 = 0.999;
const ADAM_EPSILON = 1e-8;

export function createOptimizer(name: OptimizerName, parameters: readonly Parameter[], dtype: Dtype): Optimizer {
  switch (name) {
    case 'sgd':
      return new Sgd(parameters);
    case 'momentum':
      return new Momentum(parameters, dtype);
    case 'adam':
      return new Adam(parameters, dtype);
    default:
      return assertNever(name);
  }
}

/** w ← w − lr · g */
class Sgd implements Optimizer {
  readonly name = 'sgd';
  constructor(private readonly parameters: readonly Parameter[]) {}

  update(lr: number): void {
    for (let p = 0; p < this.parameters.length; p++) {
      const { value, grad } = this.parameters[p]!;
      for (let i = 0; i < value.length; i++) value[i]! -= lr * grad[i]!;
    }
  }
}

/** v ← μ v + g; w ← w − lr · v (the heavy-ball form PyTorch uses, so a new lr applies at once). */
class Momentum implements Optimizer {
  readonly name = 'momentum';
  private readonly velocity: FloatArray[];

  constructor(
    private readonly parameters: readonly Parameter[],
    dtype: Dtype,
  ) {
    this.velocity = parameters.map((p) => allocate(dtype, p.value.length));
  }

  update(lr: number): void {
    for (let p = 0; p < this.parameters.length; p++) {
      const { value, grad } = this.parameters[p]!;
      const v = this.velocity[p]!;
      for (let i = 0; i < value.length; i++) {
        v[i] = MOMENTUM * v[i]! + grad[i]!;
        value[i]! -= lr * v[i]!;
      }
    }
  }
}

/** Adam with bias-corrected first and second moments (Kingma & Ba, algorithm 1). */
class Adam implements Optimizer {
  readonly name = 'adam';
  private readonly firstMoment: FloatArray[];
  private readonly secondMoment: FloatArray[];
  private steps = 0;

  constructor(
    private readonly parameters: readonly Parameter[],
    dtype: Dtype,
  ) {
    this.firstMoment = parameters.map((p) => allocate(dtype, p.value.length));
    this.secondMoment = parameters.map((p) => allocate(dtype, p.value.length));
  }

  update(lr: number): void {
    this.steps += 1;
    const correction1 = 1 - ADAM_BETA1 ** this.steps;
    const correction2 = 1 - ADAM_BETA2 ** this.steps;
    for (let p = 0; p < this.parameters.length; p++) {
      const { value, grad } = this.parameters[p]!;
      const m = this.firstMoment[p]!;
      const v = this.secondMoment[p]!;
      for (let i = 0; i < value.length; i++) {
        const g = grad[i]!;
        m[i] = ADAM_BETA1 * m[i]! + (1 - ADAM_BETA1) * g;
        v[i] = ADAM_BETA2 * v[i]! + (1 - ADAM_BETA2) * g * g;
        value[i]! -= (lr * (m[i]! / correction1)) / (Math.sqrt(v[i]! / correction2) + ADAM_EPSILON);
      }
    }
  }
}
