import type { Dataset } from '../datasets/dataset.ts';
import type { Network } from '../network.ts';
import { confusionMatrix, type ConfusionMatrix } from './confusionMatrix.ts';
import { digitSamples, type DigitSamples } from './digitSamples.ts';
import { regressionFit, type RegressionFit } from './regressionFit.ts';

/**
 * What the network makes of the test split, in the views that fit the data: a confusion matrix
 * for a classification (with its pictures for image data), predicted against actual values for a
 * regression. Computed from one forward pass over the split.
 */
export interface PredictionViews {
  confusion: ConfusionMatrix | null;
  digits: DigitSamples | null;
  regression: RegressionFit | null;
}

export function predictionViews(network: Network, dataset: Dataset): PredictionViews {
  const { test, info } = dataset;
  const outputs = network.predict(test.x, test.count);
  const width = network.outputSize;
  if (info.task.kind === 'regression') return { confusion: null, digits: null, regression: regressionFit(outputs, test, width, dataset.targetScaling) };
  const classes = dataset.classNames ?? Array.from({ length: info.task.classes }, (_, c) => String(c));
  return {
    confusion: confusionMatrix(outputs, test, width, classes),
    digits: dataset.testImages ? digitSamples(outputs, test, width, dataset.testImages) : null,
    regression: null,
  };
}
