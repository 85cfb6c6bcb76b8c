import { describe, expect, it } from 'vitest';
import { TRAINING_DEFAULTS, withTrainingDefaults } from './trainingDefaults.ts';

const fileData = { file: 'birds.csv', sha256: 'e'.repeat(64), target: 'kind', features: ['size'], columns: {} };

describe('withTrainingDefaults', () => {
  it('fills every setting the model leaves out, keeping the ones it gives', () => {
    expect(withTrainingDefaults({ dataset: 'moons', lr: 0.3, extra: true })).toEqual({
      ...TRAINING_DEFAULTS,
      dataset: 'moons',
      lr: 0.3,
    });
  });

  it('uses the defaults for a model without a training block', () => {
    expect(withTrainingDefaults(undefined)).toEqual(TRAINING_DEFAULTS);
  });

  it('carries training.data; a file stands in for the default dataset', () => {
    const { dataset: _dataset, ...others } = TRAINING_DEFAULTS;
    expect(withTrainingDefaults({ data: fileData })).toEqual({ ...others, data: fileData });
    const choice = { target: 'Species', features: ['Island'], columns: {} };
    expect(withTrainingDefaults({ dataset: 'penguins', data: choice })).toEqual({ ...TRAINING_DEFAULTS, dataset: 'penguins', data: choice });
  });
});
