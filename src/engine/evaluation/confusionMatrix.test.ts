import { describe, expect, it } from 'vitest';
import { spiralTemplate, xorTemplate } from '../../model/index.ts';
import { planTraining, setUpTraining } from '../setup.ts';
import { confusionMatrix } from './confusionMatrix.ts';

const split = (y: number[], width: number) => ({ x: new Float32Array(0), y: Float32Array.from(y), count: y.length / width });

describe('confusionMatrix', () => {
  it('counts one-hot targets against softmax outputs by argmax, row = actual class', () => {
    // actual: 0, 1, 2, 2; predicted: 0, 2, 2, 1
    const targets = split([1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1], 3);
    const outputs = [0.7, 0.2, 0.1, 0.1, 0.3, 0.6, 0.2, 0.2, 0.6, 0.3, 0.4, 0.3];
    const matrix = confusionMatrix(outputs, targets, 3, ['a', 'b', 'c']);
    expect(Array.from(matrix.counts)).toEqual([1, 0, 0, 0, 0, 1, 0, 1, 1]);
    expect(Array.from(matrix.rowShares)).toEqual([1, 0, 0, 0, 0, 1, 0, 0.5, 0.5]);
    expect(matrix.total).toBe(4);
  });

  it('reads one sigmoid output at 0.5, as accuracy does, and leaves a class with no rows at 0', () => {
    const matrix = confusionMatrix([0.2, 0.5, 0.9], split([1, 1, 1], 1), 1, ['no', 'yes']);
    expect(Array.from(matrix.counts)).toEqual([0, 0, 1, 2]);
    expect(Array.from(matrix.rowShares)).toEqual([0, 0, 1 / 3, 2 / 3].map(Math.fround));
  });

  it('agrees with the accuracy the trainer reports: the diagonal over the total', () => {
    for (const model of [xorTemplate(), spiralTemplate()]) {
      const { network, dataset, trainer } = setUpTraining(model, planTraining(model.training));
      for (let i = 0; i < 30; i++) trainer.step();
      const { test } = dataset;
      const matrix = confusionMatrix(network.predict(test.x, test.count), test, network.outputSize, ['0', '1', '2'].slice(0, Math.max(network.outputSize, 2)));
      const k = matrix.classes.length;
      const right = Array.from({ length: k }, (_, c) => matrix.counts[c * k + c]!).reduce((a, b) => a + b);
      expect(right / matrix.total).toBe(trainer.evaluate('test').accuracy);
    }
  });
});
