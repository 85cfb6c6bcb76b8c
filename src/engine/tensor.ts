/** Precision of a network's buffers: float32 to train, float64 for gradient checks. */
export type Dtype = 'float32' | 'float64';

/** A batch-major buffer: row r of a [rows][width] matrix starts at r * width. */
export type FloatArray = Float32Array | Float64Array;

/** A zero-filled buffer of the given precision. */
export function allocate(dtype: Dtype, length: number): FloatArray {
  return dtype === 'float64' ? new Float64Array(length) : new Float32Array(length);
}

/** `values` itself when it already has the dtype (no copy), otherwise a converted copy. */
export function asDtype(dtype: Dtype, values: ArrayLike<number>): FloatArray {
  if (dtype === 'float64' ? values instanceof Float64Array : values instanceof Float32Array) {
    return values as FloatArray;
  }
  return dtype === 'float64' ? Float64Array.from(values) : Float32Array.from(values);
}
