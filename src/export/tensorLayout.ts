import type { FormWeight } from '../model/index.ts';

/** A tensor's values, row-major, with its shape. */
export interface LaidOutTensor {
  shape: readonly number[];
  values: Float32Array;
}

/**
 * The tensor with its axes reordered: axis i of the result is axis `axes[i]` of `tensor`
 * (`[1, 0]` transposes a matrix). Without `axes`, the tensor itself.
 */
export function permuteAxes(tensor: LaidOutTensor, axes: readonly number[] | undefined): LaidOutTensor {
  if (!axes || axes.every((axis, i) => axis === i)) return tensor;
  const shape = axes.map((axis) => tensor.shape[axis]!);
  const strides = rowMajorStrides(tensor.shape);
  const sourceStrides = axes.map((axis) => strides[axis]!);
  const values = new Float32Array(tensor.values.length);
  const index = new Array<number>(shape.length).fill(0);
  for (let target = 0; target < values.length; target++) {
    let source = 0;
    for (let i = 0; i < index.length; i++) source += index[i]! * sourceStrides[i]!;
    values[target] = tensor.values[source]!;
    // Odometer step over the result's indices, last axis fastest.
    for (let i = index.length - 1; i >= 0 && ++index[i]! === shape[i]; i--) index[i] = 0;
  }
  return { shape, values };
}

/** The permutation that undoes `axes`: what turns a format's layout back into the model's. */
export function inverseAxes(axes: readonly number[] | undefined): number[] | undefined {
  if (!axes) return undefined;
  const inverse = new Array<number>(axes.length);
  axes.forEach((axis, i) => (inverse[axis] = i));
  return inverse;
}

/** A node's tensor as a format stores it (`weight.axes` applied). */
export function formatTensor(tensors: ReadonlyMap<string, LaidOutTensor>, weight: FormWeight): LaidOutTensor {
  return permuteAxes(tensors.get(weight.tensor)!, weight.axes);
}

function rowMajorStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let stride = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = stride;
    stride *= shape[i]!;
  }
  return strides;
}
