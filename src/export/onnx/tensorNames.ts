/** Name of the ONNX graph input: float32 `[batch, inputSize]`. */
export const ONNX_INPUT_NAME = 'input';
/** Name of the ONNX graph output: float32 `[batch, outputSize]`. */
export const ONNX_OUTPUT_NAME = 'output';
