import { DATASETS, deepTemplate, isDatasetName, type NetloomModel, type NodeOf, type TrainingSettings } from '../../model/index.ts';

/** The experiment's network when the current graph is not deep: 10 hidden layers of 16. */
export const DEFAULT_SHAPE = { depth: 10, width: 16 } as const;

/** Deep enough that sigmoid visibly fails where ReLU learns. */
const MIN_DEEP_DEPTH = 2;

export interface DeepShape {
  /** Hidden dense layers (the output layer not counted). */
  depth: number;
  /** Units per hidden layer. */
  width: number;
}

/**
 * The shape to compare at: the current graph's, when it has at least two hidden dense layers
 * (every dense node but the output one), otherwise `DEFAULT_SHAPE`.
 */
export function suggestedShape(model: NetloomModel): DeepShape {
  const hidden = model.nodes.filter((node): node is NodeOf<'dense'> => node.type === 'dense').slice(0, -1);
  if (hidden.length < MIN_DEEP_DEPTH) return DEFAULT_SHAPE;
  return { depth: hidden.length, width: hidden[0]!.params.units };
}

/** The deep template ends in one sigmoid unit: it fits 2-D two-class datasets only. */
function fitsDeepTemplate(dataset: string | undefined): boolean {
  if (dataset === undefined || !isDatasetName(dataset)) return false;
  const info = DATASETS[dataset];
  return info.inputSize === 2 && info.task.kind === 'classification' && info.task.classes === 2;
}

/**
 * The current model's data and seed, when the deep template can train on them; the
 * template's optimizer and learning rate either way, so both runs differ only in activation.
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

export interface ComparisonRun {
  name: string;
  color: string;
  model: NetloomModel;
}

/** Sigmoid in vermillion, ReLU in bluish green: apart for colour-blind eyes too (Okabe–Ito). */
const COMPARISON_COLORS = { sigmoid: '#D55E00', relu: '#009E73' } as const;

/**
 * The two networks of the depth experiment: `shape` hidden layers with sigmoid and with ReLU,
 * the same data, seed and optimizer, named after what they are ("Deep sigmoid (10 × 16)").
 */
export function comparisonRuns(current: NetloomModel, shape: DeepShape): [ComparisonRun, ComparisonRun] {
  const build = (fn: 'sigmoid' | 'relu', label: string): ComparisonRun => {
    const model = deepTemplate(fn, shape.depth, shape.width);
    return {
      name: `Deep ${label} (${shape.depth} × ${shape.width})`,
      color: COMPARISON_COLORS[fn],
      model: { ...model, training: sharedTraining(current, model.training ?? {}) },
    };
  };
  return [build('sigmoid', 'sigmoid'), build('relu', 'ReLU')];
}
