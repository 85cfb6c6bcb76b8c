import { describe, expect, it } from 'vitest';
import { TRAINING_DEFAULTS } from '../model/index.ts';
import { UsageError } from './command.ts';
import { resolveTrainingSettings } from './trainSettings.ts';

describe('resolveTrainingSettings', () => {
  it('takes a flag over the model, and the model over the defaults', () => {
    const settings = resolveTrainingSettings({ dataset: 'moons', lr: 0.3, epochs: 40 }, { lr: '0.05', 'batch-size': '32' });
    expect(settings).toEqual({ ...TRAINING_DEFAULTS, dataset: 'moons', lr: 0.05, epochs: 40, batchSize: 32 });
  });

  it('refuses a flag value the model schema would refuse, naming the flag', () => {
    expect(() => resolveTrainingSettings(undefined, { 'batch-size': '2.5' })).toThrow(
      new UsageError('--batch-size: expected a positive integer'),
    );
    expect(() => resolveTrainingSettings(undefined, { optimizer: 'rmsprop' })).toThrow(new UsageError('--optimizer: expected one of sgd, momentum, adam'));
  });

  it('takes --epochs 0 (no step), which a model cannot store, and refuses other epoch counts below 1', () => {
    expect(resolveTrainingSettings({ epochs: 40 }, { epochs: '0' }).epochs).toBe(0);
    expect(() => resolveTrainingSettings(undefined, { epochs: '-1' })).toThrow(new UsageError('--epochs: expected a positive integer'));
  });
});
