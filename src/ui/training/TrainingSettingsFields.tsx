import type { ReactNode } from 'react';
import { OPTIMIZERS, type OptimizerName } from '../../model/index.ts';
import { planTraining } from '../../worker/protocol.ts';
import { setTrainingSettings, useModel } from '../store/index.ts';
import { SettingField } from './SettingField.tsx';

const OPTIMIZER_LABELS = { sgd: 'SGD', momentum: 'Momentum (0.9)', adam: 'Adam' } as const satisfies Record<OptimizerName, string>;

const isOptimizer = (name: string): name is OptimizerName => (OPTIMIZERS as readonly string[]).includes(name);

/**
 * The model's `training` block as form fields; every change goes to the document (undoable). The
 * dataset is chosen in the Data panel; noise only jitters a generated set. `children` (the speed,
 * which is not saved with the graph) take the grid's next cells.
 */
export function TrainingSettingsFields({ children }: { children?: ReactNode }) {
  const { data, hyperparameters, epochs } = planTraining(useModel().training);
  return (
    <div className="training-settings">
      {data.source.kind === 'generated' && <SettingField label="Noise" setting="noise" value={data.noise} step={0.05} min={0} max={1} />}
      <SettingField
        label="Train split %"
        setting="trainFraction"
        value={Math.round(data.trainFraction * 100)}
        scale={100}
        step={5}
        min={5}
        max={95}
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
      <SettingField label="Learning rate" setting="lr" value={hyperparameters.lr} />
      <SettingField label="Batch size" setting="batchSize" value={hyperparameters.batchSize} step={1} min={1} />
      <SettingField label="Epochs" setting="epochs" value={epochs} step={1} min={1} />
      <SettingField label="Seed" setting="seed" value={data.seed} step={1} />
      {children}
    </div>
  );
}
