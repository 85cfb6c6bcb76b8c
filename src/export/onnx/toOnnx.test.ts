import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../engine/index.ts';
import { exportOnnx, ONNX_INPUT_NAME, ONNX_OUTPUT_NAME } from '../index.ts';
import { enginePredict, inputSizeOf, outsideTolerance, randomInputs, randomModel, VERIFIED_NETWORKS } from '../testModels.ts';

const ROWS = 64;
/**
 * onnxruntime's Sigmoid kernel is a fast approximation, measured up to 1.2e-7 off in absolute
 * terms over [-20, 20]: in sigmoid's far tail (outputs below ~1e-2) that exceeds 1e-5 relative.
 */
const ABSOLUTE_TOLERANCE = 2e-7;

async function predictWithOnnxRuntime(onnxBytes: Uint8Array, x: Float32Array, rows: number): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(onnxBytes);
  const outputs = await session.run({ [ONNX_INPUT_NAME]: new ort.Tensor('float32', x, [rows, x.length / rows]) });
  await session.release();
  return outputs[ONNX_OUTPUT_NAME]!.data as Float32Array;
}

describe('ONNX export', () => {
  it.each(VERIFIED_NETWORKS)('onnxruntime predicts what the engine does: $hidden hidden, $head head', async ({ hidden, head }) => {
    const model = randomModel(hidden, head, 23);
    const x = randomInputs(createRng(7), ROWS, inputSizeOf(model));

    const predicted = await predictWithOnnxRuntime(exportOnnx(model), x, ROWS);

    expect(outsideTolerance(predicted, enginePredict(model, x, ROWS), ABSOLUTE_TOLERANCE)).toEqual([]);
  });

  it('has a dynamic batch dimension: one model runs 1 row and 300 rows', async () => {
    const model = randomModel('tanh', 'sigmoid', 4);
    const onnxBytes = exportOnnx(model);
    for (const rows of [1, 300]) {
      const x = randomInputs(createRng(rows), rows, inputSizeOf(model));
      expect(outsideTolerance(await predictWithOnnxRuntime(onnxBytes, x, rows), enginePredict(model, x, rows), ABSOLUTE_TOLERANCE)).toEqual([]);
    }
  });

  it('refuses a graph that does not compile, saying why', () => {
    const model = randomModel('relu', 'sigmoid', 1);
    model.nodes = model.nodes.filter((node) => node.type !== 'loss');
    model.edges.pop();
    expect(() => exportOnnx(model)).toThrow(/Fix the graph before exporting it/);
  });
});
