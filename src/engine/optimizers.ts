import type { OptimizerName } from '../model/index.ts';
import { assertNever } from './assertNever.ts';
import type { KernelBackend, Kernels } from './kernels/index.ts';
import type { FloatArray } from './tensor.ts';

/** A trainable buffer and the gradient the last backward pass left for it. */
export interface Parameter {
  readonly value: FloatArray;
  readonly grad: FloatArray;
}

/** Applies one update to every parameter from its current gradient; keeps its own state between calls. */
export interface Optimizer {
  readonly name: OptimizerName;
  update(lr: number): void;
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
      return new Sgd(parameters, backend.kernels);
    case 'momentum':
      return new Momentum(parameters, backend);
    case 'adam':
      return new Adam(parameters, backend);
    default:
      return assertNever(name);
  }
}

/** w ← w − lr · g */
class Sgd implements Optimizer {
  readonly name = 'sgd';
  constructor(
    private readonly parameters: readonly Parameter[],
    private readonly kernels: Kernels,
  ) {}

  update(lr: number): void {
    for (let p = 0; p < this.parameters.length; p++) {
      const { value, grad } = this.parameters[p]!;
      this.kernels.sgd(value, grad, lr);
    }
  }

  dispose(): void {}
}

/** v ← μ v + g; w ← w − lr · v (the heavy-ball form PyTorch uses, so a new lr applies at once). */
class Momentum implements Optimizer {
  readonly name = 'momentum';
  private readonly velocity: FloatArray[];

  constructor(
    private readonly parameters: readonly Parameter[],
    private readonly backend: KernelBackend,
  ) {
    this.velocity = parameters.map((p) => backend.allocate(p.value.length));
  }

  update(lr: number): void {
    const { kernels } = this.backend;
    for (let p = 0; p < this.parameters.length; p++) {
      const { value, grad } = this.parameters[p]!;
      kernels.momentum(value, grad, this.velocity[p]!, lr, MOMENTUM);
    }
  }

  dispose(): void {
    for (const buffer of this.velocity) this.backend.release(buffer);
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
    private readonly backend: KernelBackend,
  ) {
    this.firstMoment = parameters.map((p) => backend.allocate(p.value.length));
    this.secondMoment = parameters.map((p) => backend.allocate(p.value.length));
  }

  update(lr: number): void {
    this.steps += 1;
    const { kernels } = this.backend;
    for (let p = 0; p < this.parameters.length; p++) {
      const { value, grad } = this.parameters[p]!;
      kernels.adam(value, grad, this.firstMoment[p]!, this.secondMoment[p]!, lr, ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON, this.steps);
    }
  }

  dispose(): void {
    for (const buffer of [...this.firstMoment, ...this.secondMoment]) this.backend.release(buffer);
  }
}
