import * as ort from 'onnxruntime-node';
import { ONNX_INPUT_NAME, ONNX_OUTPUT_NAME } from './toOnnx.ts';

/**
 * Absolute slack near zero when comparing with onnxruntime: its Sigmoid kernel is a fast
 * approximation, measured up to 1.2e-7 off over [-20, 20], which in sigmoid's far tail
 * (outputs below ~1e-2) exceeds 1e-5 relative.
 */
export const ONNX_RUNTIME_ABSOLUTE_TOLERANCE = 2e-7;

/** Test helper: runs ONNX bytes with onnxruntime-node's CPU provider on `rows` rows of `x`. */
export async function predictWithOnnxRuntime(onnxBytes: Uint8Array, x: Float32Array, rows: number): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(onnxBytes);
  try {
    const outputs = await session.run({ [ONNX_INPUT_NAME]: new ort.Tensor('float32', x, [rows, x.length / rows]) });
    return outputs[ONNX_OUTPUT_NAME]!.data as Float32Array;
  } finally {
    await session.release();
  }
}
