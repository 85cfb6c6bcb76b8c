import { trainingSchema, type TrainingSettings } from '../../model/index.ts';
import { setTrainingSettings } from '../store/index.ts';
import { NumberField } from './NumberField.tsx';

/** The numeric settings of a model's `training` block. */
type NumericSetting = 'lr' | 'batchSize' | 'epochs' | 'seed' | 'noise' | 'trainFraction' | 'l2';

interface SettingFieldProps {
  label: string;
  setting: NumericSetting;
  /** The setting's value as the field shows it (times `scale`). */
  value: number;
  /** Shown value = stored value × scale (100 for a fraction shown as a percentage). */
  scale?: number;
  step?: number | 'any';
  min?: number;
  max?: number;
}

/**
 * A number field for one training setting, checked by the model's own schema for that setting:
 * the one rule the CLI's flags and a loaded file obey too. Every acceptable value goes to the
 * document (undoable).
 */
export function SettingField({ setting, scale = 1, ...field }: SettingFieldProps) {
  return (
    <NumberField
      {...field}
      problemWith={(shown) => {
        const result = trainingSchema.shape[setting].safeParse(shown / scale);
        if (result.success) return null;
        return scale === 1 ? capitalise(result.error.issues[0]!.message) : 'Expected a percentage between 0 and 100';
      }}
      onCommit={(shown) => setTrainingSettings({ [setting]: shown / scale } as TrainingSettings)}
    />
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
