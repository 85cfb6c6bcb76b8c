import { DATASET_NAMES, DATASETS, OPTIMIZERS, isDatasetName, type OptimizerName } from '../../model/index.ts';
import { resolveTraining } from '../../worker/trainingSettings.ts';
import { setTrainingSettings, useModel } from '../store/index.ts';
import { NumberField } from './NumberField.tsx';

const OPTIMIZER_LABELS = { sgd: 'SGD', momentum: 'Momentum (0.9)', adam: 'Adam' } as const satisfies Record<OptimizerName, string>;

const isOptimizer = (name: string): name is OptimizerName => (OPTIMIZERS as readonly string[]).includes(name);
const isPositive = (value: number) => value > 0;
const isPositiveInteger = (value: number) => Number.isInteger(value) && value > 0;

/** The model's `training` block as form fields; every change goes to the document (undoable). */
export function TrainingSettingsFields() {
  const { data, hyperparameters, epochs } = resolveTraining(useModel().training);
  return (
    <div className="training-settings">
      <label className="training-field training-field-wide">
        <span>Dataset</span>
        <select
          value={data.dataset}
          onChange={(event) => {
            if (isDatasetName(event.target.value)) setTrainingSettings({ dataset: event.target.value });
          }}
        >
          {DATASET_NAMES.map((name) => (
            <option key={name} value={name}>
              {DATASETS[name].label}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        label="Noise"
        value={data.noise}
        step={0.05}
        min={0}
        max={1}
        expected="a number from 0 to 1"
        isValid={(value) => value >= 0 && value <= 1}
        onCommit={(noise) => setTrainingSettings({ noise })}
      />
      <NumberField
        label="Train split %"
        value={Math.round(data.trainFraction * 100)}
        step={5}
        min={5}
        max={95}
        expected="a percentage between 0 and 100"
        isValid={(value) => value > 0 && value < 100}
        onCommit={(percent) => setTrainingSettings({ trainFraction: percent / 100 })}
      />
      <label className="training-field">
        <span>Optimizer</span>
        <select
          value={hyperparameters.optimizer}
          onChange={(event) => {
            if (isOptimizer(event.target.value)) setTrainingSettings({ optimizer: event.target.value });
          }}
        >
          {OPTIMIZERS.map((name) => (
            <option key={name} value={name}>
              {OPTIMIZER_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        label="Learning rate"
        value={hyperparameters.lr}
        expected="a number above 0"
        isValid={isPositive}
        onCommit={(lr) => setTrainingSettings({ lr })}
      />
      <NumberField
        label="Batch size"
        value={hyperparameters.batchSize}
        step={1}
        min={1}
        expected="a whole number ≥ 1"
        isValid={isPositiveInteger}
        onCommit={(batchSize) => setTrainingSettings({ batchSize })}
      />
      <NumberField
        label="Epochs"
        value={epochs}
        step={1}
        min={1}
        expected="a whole number ≥ 1"
        isValid={isPositiveInteger}
        onCommit={(value) => setTrainingSettings({ epochs: value })}
      />
      <NumberField
        label="Seed"
        value={data.seed}
        step={1}
        expected="a whole number"
        isValid={Number.isInteger}
        onCommit={(seed) => setTrainingSettings({ seed })}
      />
    </div>
  );
}
