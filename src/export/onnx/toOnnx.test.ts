import { describe, expect, it } from 'vitest';
import { createRng } from '../../engine/index.ts';
import { exportOnnx } from '../index.ts';
import { enginePredict, inputSizeOf, outsideTolerance, randomInputs, randomModel, VERIFIED_NETWORKS } from '../testModels.ts';
import { ONNX_RUNTIME_ABSOLUTE_TOLERANCE, predictWithOnnxRuntime } from './runWithOnnxRuntime.ts';

const ROWS = 64;

describe('ONNX export', () => {
  it.each(VERIFIED_NETWORKS)('onnxruntime predicts what the engine does: $hidden hidden, $head head', async ({ hidden, head }) => {
    const model = randomModel(hidden, head, 23);
    const x = randomInputs(createRng(7, 'data'), ROWS, inputSizeOf(model));

    const predicted = await predictWithOnnxRuntime(exportOnnx(model), x, ROWS);

    expect(outsideTolerance(predicted, enginePredict(model, x, ROWS), ONNX_RUNTIME_ABSOLUTE_TOLERANCE)).toEqual([]);
  });

  it('has a dynamic batch dimension: one model runs 1 row and 300 rows', async () => {
    const model = randomModel('tanh', 'sigmoid', 4);
    const onnxBytes = exportOnnx(model);
    for (const rows of [1, 300]) {
      const x = randomInputs(createRng(rows, 'data'), rows, inputSizeOf(model));
      const predicted = await predictWithOnnxRuntime(onnxBytes, x, rows);
      expect(outsideTolerance(predicted, enginePredict(model, x, rows), ONNX_RUNTIME_ABSOLUTE_TOLERANCE)).toEqual([]);
    }
  });

  it('refuses a graph that does not compile, saying why', () => {
    const model = randomModel('relu', 'sigmoid', 1);
    model.nodes = model.nodes.filter((node) => node.type !== 'loss');
    model.edges.pop();
    expect(() => exportOnnx(model)).toThrow(/Fix the graph before exporting it/);
  });
});
