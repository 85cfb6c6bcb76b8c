import { GENERATED_DATASETS, type GeneratedDatasetName } from '../../model/index.ts';

/** What a generated dataset is: its rows come from the seed (and the noise), its shape from its name. */
export function GeneratedNote({ name }: { name: GeneratedDatasetName }) {
  const { inputSize, task } = GENERATED_DATASETS[name];
  const rows = name === 'iris' ? '150 flowers, measured by Fisher (1936)' : '400 points generated from the seed and the noise';
  const predicts = task.kind === 'classification' ? `${task.classes} classes` : `${task.outputs} number`;
  return (
    <p className="data-panel__note">
      {rows}: {inputSize} inputs, {predicts}.
    </p>
  );
}
