import { DATASETS, deepTemplate, isDatasetName, type NetloomModel, type TrainingSettings } from '../../model/index.ts';

/** The experiment's network until the person picks another: 10 hidden layers of 16, as the deep templates. */
export const DEFAULT_SHAPE: DeepShape = { depth: 10, width: 16 };

export interface DeepShape {
  /** Hidden dense layers (the output layer not counted). */
  depth: number;
  /** Units per hidden layer. */
  width: number;
}

/** Limits of the experiment's fields: deep enough to show the effect, small enough to train live. */
export const SHAPE_LIMITS = { depth: { min: 2, max: 30 }, width: { min: 1, max: 128 } } as const;

/** The deep template ends in one sigmoid unit: it fits 2-D two-class datasets only. */
function fitsDeepTemplate(dataset: string | undefined): boolean {
  if (dataset === undefined || !isDatasetName(dataset)) return false;
  const info = DATASETS[dataset];
  return info.inputSize === 2 && info.task.kind === 'classification' && info.task.classes === 2;
}

/**
 * The current model's data and seed, when the deep template can train on them; the
 * template's optimizer and learning rate either way, so the runs of an experiment differ only
 * in what it compares.
 */
export function sharedTraining(current: NetloomModel, template: TrainingSettings): TrainingSettings {
  const settings = current.training ?? {};
  const training = { ...template, seed: settings.seed ?? template.seed };
  if (!fitsDeepTemplate(settings.dataset)) return training;
  return {
    ...training,
    dataset: settings.dataset,
    noise: settings.noise ?? template.noise,
    trainFraction: settings.trainFraction ?? template.trainFraction,
  };
}

/** " · Circle": the data a comparison run trains on, for its description. */
export function datasetSuffix(training: TrainingSettings): string {
  const { dataset } = training;
  return dataset && isDatasetName(dataset) ? ` · ${DATASETS[dataset].label}` : '';
}

export interface ComparisonRun {
  /** What the run is, e.g. "Deep sigmoid 10 × 16 · Circle" (the run list adds its number). */
  description: string;
  /** Its activation, written with the number at its lines' ends ("#4 sigmoid"). */
  kind: string;
  model: NetloomModel;
}

/**
 * The two networks of the depth experiment: `shape` hidden layers with sigmoid and with ReLU,
 * the same data, seed and optimizer, named after what they are.
 */
export function comparisonRuns(current: NetloomModel, shape: DeepShape): [ComparisonRun, ComparisonRun] {
  const build = (fn: 'sigmoid' | 'relu', kind: string): ComparisonRun => {
    const template = deepTemplate(fn, shape.depth, shape.width);
    const model = { ...template, training: sharedTraining(current, template.training ?? {}) };
    return { description: `Deep ${kind} ${shape.depth} × ${shape.width}${datasetSuffix(model.training)}`, kind, model };
  };
  return [build('sigmoid', 'sigmoid'), build('relu', 'ReLU')];
}
