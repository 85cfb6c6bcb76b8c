import { describe, expect, it } from 'vitest';
import { BYTES_PER_VALUE, EVALUATION_ROWS, MAX_ACTIVATION_BYTES, MAX_JSON_FILE_BYTES, MAX_PARAMETERS, SAVED_WEIGHT_BYTES } from './budget.ts';
import { serializeModel } from './document.ts';
import { layerStack } from './templates.ts';

/** A kernel row's brackets, indent and line breaks in a saved model. */
const SAVED_ROW_BYTES = 22;

describe('the parameter budget', () => {
  it('keeps a trained model of MAX_PARAMETERS weights under the file size Netloom reads back', () => {
    // Weights as float32 values print at their longest below 10⁻⁶: 17 significant digits after "-0.00000".
    const worst = Math.fround(-0.0000028135993943578796);
    expect(String(worst)).toHaveLength(25);
    const model = layerStack(100, [{ units: 100 }], 'mse');
    const weights = { dense1: { kernel: Array.from({ length: 100 }, () => new Array<number>(100).fill(worst)), bias: new Array<number>(100).fill(worst) } };
    const bytes = serializeModel({ ...model, weights }).length - serializeModel(model).length;
    expect(bytes).toBeLessThanOrEqual(10_100 * SAVED_WEIGHT_BYTES + 100 * SAVED_ROW_BYTES);
    // A kernel has a row per unit, and every unit's output and gradient count against the
    // activation budget, so a network within it has at most this many rows.
    const maxRows = MAX_ACTIVATION_BYTES / (BYTES_PER_VALUE * EVALUATION_ROWS * 2);
    // What is neither a weight nor a row (nodes, edges, settings) stays within a few MiB.
    expect(MAX_PARAMETERS * SAVED_WEIGHT_BYTES + maxRows * SAVED_ROW_BYTES + 4 * 1024 * 1024).toBeLessThan(MAX_JSON_FILE_BYTES);
  });
});
