import type { OptimizerName } from '../model/index.ts';
import { assertNever } from './assertNever.ts';
import { allocate, type Dtype, type FloatArray } from './tensor.ts';

/** A trainable buffer and the gradient the last backward pass left for it. */
export interface Parameter {
  readonly value: FloatArray;
  readonly grad: FloatArray;
}

/**
 * Applies one update to every parameter from its current gradient; keeps its own state between
 * calls. An update that leaves a value that is not finite (a NaN or infinite gradient, or a
 * step past float32's range) is put back: the weights stay those of the last good step.
 */
export interface Optimizer {
  readonly name: OptimizerName;
  /**
   * Updates every parameter. Returns undefined when every new value is finite; otherwise puts
   * every value back as it was before this call and returns the first one that was not (NaN,
   * Infinity or -Infinity). The optimizer's own state (momentum, Adam's moments) is then
   * spoilt: build a new optimizer to go on.
   */
  update(lr: number): number | undefined;
}

/** Fixed by the engine's contract (issue 3): momentum 0.9; Adam β1 0.9, β2 0.999, ε 1e-8. */
const MOMENTUM = 0.9;
const ADAM_BETA1 = 0.9;
const ADAM_BETA2 = 0.999;
const ADAM_EPSILON = 1e-8;

export function createOptimizer(name: OptimizerName, parameters: readonly Parameter[], dtype: Dtype): Optimizer {
  switch (name) {
    case 'sgd':
      return new Sgd(parameters, dtype);
    case 'momentum':
      return new Momentum(parameters, dtype);
    case 'adam':
      return new Adam(parameters, dtype);
    default:
      return assertNever(name);
  }
}

/**
 * What every optimizer shares: each update loop copies a value into `previous` before it
 * writes the new one and adds the new one (as stored) into a float64 sum. The sum of finite
 * float32 values cannot overflow float64, so a sum that is not finite means some new value is
 * not: the check costs one add and one store per weight, in the loop that already touches it,
 * and a step still allocates nothing.
 */
abstract class CheckedOptimizer implements Optimizer {
  abstract readonly name: OptimizerName;
  /** Each parameter's values before the update in progress (or the last one). */
  protected readonly previous: FloatArray[];

  constructor(
    protected readonly parameters: readonly Parameter[],
    dtype: Dtype,
  ) {
    this.previous = parameters.map((p) => allocate(dtype, p.value.length));
  }

  update(lr: number): number | undefined {
    const sum = this.applyUpdate(lr);
    if (Number.isFinite(sum)) return undefined;
    const first = firstNonFinite(this.parameters);
    for (let p = 0; p < this.parameters.length; p++) this.parameters[p]!.value.set(this.previous[p]!);
    return first;
  }

  /** Writes the new values (keeping the old ones in `previous`) and returns the sum of the new ones. */
  protected abstract applyUpdate(lr: number): number;
}

/** w ← w − lr · g */
class Sgd extends CheckedOptimizer {
  readonly name = 'sgd';

  protected applyUpdate(lr: number): number {
    let sum = 0;
    for (let p = 0; p < this.parameters.length; p++) {
      const { value, grad } = this.parameters[p]!;
      const previous = this.previous[p]!;
      for (let i = 0; i < value.length; i++) {
        const w = value[i]!;
        previous[i] = w;
        value[i] = w - lr * grad[i]!;
        sum += value[i]!;
      }
    }
    return sum;
  }
}

/** v ← μ v + g; w ← w − lr · v (the heavy-ball form PyTorch uses, so a new lr applies at once). */
class Momentum extends CheckedOptimizer {
  readonly name = 'momentum';
  private readonly velocity: FloatArray[];

  constructor(parameters: readonly Parameter[], dtype: Dtype) {
    super(parameters, dtype);
    this.velocity = parameters.map((p) => allocate(dtype, p.value.length));
  }

  protected applyUpdate(lr: number): number {
    let sum = 0;
    for (let p = 0; p < this.parameters.length; p++) {
      const { value, grad } = this.parameters[p]!;
      const previous = this.previous[p]!;
      const v = this.velocity[p]!;
      for (let i = 0; i < value.length; i++) {
        const w = value[i]!;
        previous[i] = w;
        v[i] = MOMENTUM * v[i]! + grad[i]!;
        value[i] = w - lr * v[i]!;
        sum += value[i]!;
      }
    }
    return sum;
  }
}

/** Adam with bias-corrected first and second moments (Kingma & Ba, algorithm 1). */
class Adam extends CheckedOptimizer {
  readonly name = 'adam';
  private readonly firstMoment: FloatArray[];
  private readonly secondMoment: FloatArray[];
  private steps = 0;

  constructor(parameters: readonly Parameter[], dtype: Dtype) {
    super(parameters, dtype);
    this.firstMoment = parameters.map((p) => allocate(dtype, p.value.length));
    this.secondMoment = parameters.map((p) => allocate(dtype, p.value.length));
  }

  protected applyUpdate(lr: number): number {
    this.steps += 1;
    const correction1 = 1 - ADAM_BETA1 ** this.steps;
    const correction2 = 1 - ADAM_BETA2 ** this.steps;
    let sum = 0;
    for (let p = 0; p < this.parameters.length; p++) {
      const { value, grad } = this.parameters[p]!;
      const previous = this.previous[p]!;
      const m = this.firstMoment[p]!;
      const v = this.secondMoment[p]!;
      for (let i = 0; i < value.length; i++) {
        const g = grad[i]!;
        const w = value[i]!;
        previous[i] = w;
        m[i] = ADAM_BETA1 * m[i]! + (1 - ADAM_BETA1) * g;
        v[i] = ADAM_BETA2 * v[i]! + (1 - ADAM_BETA2) * g * g;
        value[i] = w - (lr * (m[i]! / correction1)) / (Math.sqrt(v[i]! / correction2) + ADAM_EPSILON);
        sum += value[i]!;
      }
    }
    return sum;
  }
}

/** The first value of the parameters that is not finite (only called once one is known to be there). */
function firstNonFinite(parameters: readonly Parameter[]): number {
  for (const { value } of parameters) for (let i = 0; i < value.length; i++) if (!Number.isFinite(value[i])) return value[i]!;
  return NaN;
}
