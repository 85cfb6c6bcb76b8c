import { describe, expect, it } from 'vitest';
import { TRAINING_DEFAULTS, withTrainingDefaults } from './trainingDefaults.ts';

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
});
