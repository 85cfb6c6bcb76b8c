import type { OptimizerName } from '../model/index.ts';
import { assertNever } from './assertNever.ts';
import type { KernelBackend, Kernels } from './kernels/index.ts';
import type { FloatArray } from './tensor.ts';

/** A trainable buffer and the gradient the last backward pass left for it. */
export interface Parameter {
  readonly value: FloatArray;
  readonly grad: FloatArray;
}

/**
 * Applies one update to every parameter from its current gradient; keeps its own state between
 * calls. An update that leaves a value that is not finite (a NaN or infinite gradient, or a step
 * past float32's range) is put back: the weights stay those of the last good step.
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
  /** Gives the state buffers back to the backend's allocator; the optimizer is not used again. */
  dispose(): void;
}

/** Fixed by the engine's contract (issue 3): momentum 0.9; Adam β1 0.9, β2 0.999, ε 1e-8. */
const MOMENTUM = 0.9;
const ADAM_BETA1 = 0.9;
const ADAM_BETA2 = 0.999;
const ADAM_EPSILON = 1e-8;

/** An optimizer over `parameters`; its state comes from `backend` and its updates run on the backend's kernels. */
export function createOptimizer(name: OptimizerName, parameters: readonly Parameter[], backend: KernelBackend): Optimizer {
  switch (name) {
    case 'sgd':
      return new Sgd(parameters, backend);
    case 'momentum':
      return new Momentum(parameters, backend);
    case 'adam':
      return new Adam(parameters, backend);
    default:
      return assertNever(name);
  }
}

/**
 * What every optimizer shares: its update kernel copies each value into `previous` before it
 * writes the new one, and answers whether every new value is finite (see `OptimizerKernels`),
 * so the check costs a multiply-add per value in the loop that already writes it and a step
 * still allocates nothing. When a value is not finite, every parameter is put back.
 */
abstract class CheckedOptimizer implements Optimizer {
  abstract readonly name: OptimizerName;
  /** Each parameter's values before the update in progress (or the last one). */
  private readonly previous: FloatArray[];

  constructor(
    protected readonly parameters: readonly Parameter[],
    protected readonly backend: KernelBackend,
  ) {
    this.previous = parameters.map((p) => backend.allocate(p.value.length));
  }

  update(lr: number): number | undefined {
    let check = 0;
    const { kernels } = this.backend;
    for (let p = 0; p < this.parameters.length; p++) check += this.updateOne(kernels, p, this.previous[p]!, lr);
    if (check === 0) return undefined;
    const first = firstNonFinite(this.parameters);
    for (let p = 0; p < this.parameters.length; p++) this.parameters[p]!.value.set(this.previous[p]!);
    return first;
  }

  dispose(): void {
    for (const buffer of [...this.previous, ...this.state()]) this.backend.release(buffer);
  }

  /** Updates parameter `p`, keeping its values in `previous`; 0 when every new value is finite. */
  protected abstract updateOne(kernels: Kernels, p: number, previous: FloatArray, lr: number): number;

  /** The state buffers the optimizer owns besides `previous`. */
  protected abstract state(): FloatArray[];
}

/** w ← w − lr · g */
class Sgd extends CheckedOptimizer {
  readonly name = 'sgd';

  protected updateOne(kernels: Kernels, p: number, previous: FloatArray, lr: number): number {
    const { value, grad } = this.parameters[p]!;
    return kernels.sgd(value, grad, previous, lr);
  }

  protected state(): FloatArray[] {
    return [];
  }
}

/** v ← μ v + g; w ← w − lr · v (the heavy-ball form PyTorch uses, so a new lr applies at once). */
class Momentum extends CheckedOptimizer {
  readonly name = 'momentum';
  private readonly velocity: FloatArray[];

  constructor(parameters: readonly Parameter[], backend: KernelBackend) {
    super(parameters, backend);
    this.velocity = parameters.map((p) => backend.allocate(p.value.length));
  }

  protected updateOne(kernels: Kernels, p: number, previous: FloatArray, lr: number): number {
    const { value, grad } = this.parameters[p]!;
    return kernels.momentum(value, grad, this.velocity[p]!, previous, lr, MOMENTUM);
  }

  protected state(): FloatArray[] {
    return this.velocity;
  }
}

/** Adam with bias-corrected first and second moments (Kingma & Ba, algorithm 1). */
class Adam extends CheckedOptimizer {
  readonly name = 'adam';
  private readonly firstMoment: FloatArray[];
  private readonly secondMoment: FloatArray[];
  private steps = 0;

  constructor(parameters: readonly Parameter[], backend: KernelBackend) {
    super(parameters, backend);
    this.firstMoment = parameters.map((p) => backend.allocate(p.value.length));
    this.secondMoment = parameters.map((p) => backend.allocate(p.value.length));
  }

  override update(lr: number): number | undefined {
    this.steps += 1;
    return super.update(lr);
  }

  protected updateOne(kernels: Kernels, p: number, previous: FloatArray, lr: number): number {
    const { value, grad } = this.parameters[p]!;
    return kernels.adam(value, grad, this.firstMoment[p]!, this.secondMoment[p]!, previous, lr, ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON, this.steps);
  }

  protected state(): FloatArray[] {
    return [...this.firstMoment, ...this.secondMoment];
  }
}

/** The first value of the parameters that is not finite (only called once one is known to be there). */
function firstNonFinite(parameters: readonly Parameter[]): number {
  for (const { value } of parameters) for (let i = 0; i < value.length; i++) if (!Number.isFinite(value[i])) return value[i]!;
  return NaN;
}
