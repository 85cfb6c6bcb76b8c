import { trainingSchema, withTrainingDefaults, type ResolvedTrainingSettings, type TrainingSettings } from '../model/index.ts';
import { numberFlag } from './args.ts';
import { UsageError } from './command.ts';

/** The `train` flags that override a setting of the model's `training` block (the data has its own, see `trainData.ts`). */
export const SETTING_FLAGS = {
  epochs: { type: 'string' },
  optimizer: { type: 'string' },
  lr: { type: 'string' },
  'batch-size': { type: 'string' },
  seed: { type: 'string' },
} as const;

type SettingFlags = Partial<Record<keyof typeof SETTING_FLAGS, string>>;

/** `batchSize` → `--batch-size` */
function flagOf(setting: string): string {
  return `--${setting.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/**
 * The settings a run uses: the flags given, else the model's `training` block, else the
 * defaults. The merged block is checked by the model's own schema, so a flag obeys exactly
 * the rules a saved setting does; a bad flag is a UsageError naming it. One exception:
 * `--epochs 0`, which a model cannot store (the editor's Train would do nothing), means a run
 * that takes no step, e.g. to write the initial weights drawn from the seed.
 */
export function resolveTrainingSettings(training: TrainingSettings | undefined, flags: SettingFlags): ResolvedTrainingSettings {
  const epochs = numberFlag(flags.epochs, '--epochs');
  const overrides: Record<string, unknown> = {
    optimizer: flags.optimizer,
    epochs: epochs === 0 ? undefined : epochs,
    lr: numberFlag(flags.lr, '--lr'),
    batchSize: numberFlag(flags['batch-size'], '--batch-size'),
    seed: numberFlag(flags.seed, '--seed'),
  };
  const merged: Record<string, unknown> = { ...training };
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) merged[key] = value;
  const result = trainingSchema.safeParse(merged);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${flagOf(String(issue.path[0]))}: ${issue.message}`);
    throw new UsageError(problems.join('; '));
  }
  const resolved = withTrainingDefaults(result.data);
  return epochs === 0 ? { ...resolved, epochs: 0 } : resolved;
}
