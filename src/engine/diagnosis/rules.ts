import type { ActivationFn } from '../../model/index.ts';
import type { MetricSample, MetricSeries } from './series.ts';
import { geometricMean, type StallReading } from './stall.ts';

/**
 * A one-click fix, as data: the dashboard applies it to the graph or the training settings.
 * `setActivations` changes the hidden activations (never the one the loss reads), and
 * `widenLayers` the hidden dense layers (never the output one).
 */
export type Fix =
  | { kind: 'setActivations'; from: ActivationFn[]; to: ActivationFn }
  | { kind: 'setLearningRate'; lr: number }
  | { kind: 'widenLayers'; factor: number };

export type Cause = 'dead_units' | 'vanishing_gradient' | 'saturation' | 'update_ratio_high' | 'update_ratio_low' | 'underfitting';

/** What a rule found: the cause in one sentence, the numbers behind it, and the fixes (the first is the suggested one). */
export interface Finding {
  cause: Cause;
  sentence: string;
  evidence: string[];
  fixes: { label: string; fix: Fix }[];
}

/** What every rule reads: the series, its stall reading and its latest stretch of samples. */
export interface RuleInput {
  series: MetricSeries;
  stall: StallReading;
  /** The samples of the last quarter of the steps (at least the last one). */
  recent: MetricSample[];
}

export type Rule = (input: RuleInput) => Finding | null;

/** Over half a layer's ReLUs silent for a whole epoch is the run going wrong, stalled or not. */
export const DEAD_LIMIT = 0.5;
/** The first layer's gradient under a hundredth of the last's: it vanishes on the way back. */
export const VANISHING_LIMIT = 1e-2;
/** Half of a layer's outputs in the flat tails. */
export const SATURATION_LIMIT = 0.5;
/** CS231n: updates near 1e-3 of the weights; far above 1e-2 or below 1e-5 the learning rate does not fit. */
export const UPDATE_RATIO_TARGET = 1e-3;
export const UPDATE_RATIO_RANGE = { low: 1e-5, high: 1e-2 } as const;

const percent = (fraction: number) => `${Math.round(fraction * 100)} %`;
const scientific = (value: number) => value.toExponential(1);
const layerName = (index: number) => `layer ${index + 1}`;

/** Per layer, the geometric mean of one metric over the recent samples. */
function recentByLayer(recent: readonly MetricSample[], read: (sample: MetricSample) => readonly number[]): number[] {
  const layers = read(recent[0]!).length;
  return Array.from({ length: layers }, (_, layer) => geometricMean(recent.map((sample) => read(sample)[layer]!)));
}

/** A learning rate with one significant digit, so a person can read and type it. */
export function roundedRate(lr: number): number {
  return Number(lr.toPrecision(1));
}

export const deadUnits: Rule = ({ series, recent }) => {
  const latest = recent.at(-1)!;
  const dead = series.activations
    .map(({ id, fn }, a) => ({ id, fn, dead: latest.activationStats[a]?.dead ?? null }))
    .filter((layer): layer is { id: string; fn: ActivationFn; dead: number } => layer.dead !== null);
  const worst = dead.reduce<(typeof dead)[number] | undefined>((most, layer) => (most && most.dead >= layer.dead ? most : layer), undefined);
  if (!worst || worst.dead < DEAD_LIMIT) return null;
  const lowerRate = { label: `Lower the learning rate to ${roundedRate(series.lr / 10)}`, fix: { kind: 'setLearningRate', lr: roundedRate(series.lr / 10) } } as const;
  const leaky = worst.fn === 'leaky_relu';
  return {
    cause: 'dead_units',
    sentence: leaky
      ? `${percent(worst.dead)} of the leaky ReLU units of ${worst.id} are below 0 for every example: they pass back only 1 % of the gradient, so they hardly learn.`
      : `${percent(worst.dead)} of the ReLU units of ${worst.id} are dead: they output 0 for every example, so they pass no gradient back and never recover.`,
    evidence: dead.map(({ id, dead: fraction }) => `${id}: ${percent(fraction)} dead`),
    fixes: leaky ? [lowerRate] : [lowerRate, { label: 'Use leaky ReLU', fix: { kind: 'setActivations', from: ['relu'], to: 'leaky_relu' } }],
  };
};

export const vanishingGradient: Rule = ({ stall, recent }) => {
  if (!stall.stalled) return null;
  const norms = recentByLayer(recent, (sample) => sample.gradNorms);
  if (norms.length < 2) return null;
  const ratio = norms[0]! / norms.at(-1)!;
  if (!(ratio < VANISHING_LIMIT)) return null;
  return {
    cause: 'vanishing_gradient',
    sentence: `The gradient vanishes on its way back: the first layer gets ${scientific(ratio)} of the gradient the last layer gets, so the early layers barely learn. ReLU, fewer layers or skip connections keep it alive.`,
    evidence: [`gradient norm, ${layerName(0)}: ${scientific(norms[0]!)}`, `gradient norm, ${layerName(norms.length - 1)}: ${scientific(norms.at(-1)!)}`, `first / last: ${scientific(ratio)}`],
    fixes: [{ label: 'Use ReLU in the hidden layers', fix: { kind: 'setActivations', from: ['sigmoid', 'tanh'], to: 'relu' } }],
  };
};

/** The activations whose saturation counts: hidden ones, not a sigmoid head (its saturation is a confident prediction). */
function hiddenSaturating(series: MetricSeries): number[] {
  const indices = series.activations.flatMap(({ fn }, a) => (fn === 'tanh' || fn === 'sigmoid' ? [a] : []));
  const last = series.activations.length - 1;
  return indices.filter((a) => !(a === last && last > 0 && series.activations[a]!.fn === 'sigmoid'));
}

export const saturation: Rule = ({ series, stall, recent }) => {
  if (!stall.stalled) return null;
  const latest = recent.at(-1)!;
  const layers = hiddenSaturating(series).map((a) => ({ ...series.activations[a]!, saturated: latest.activationStats[a]?.saturated ?? 0 }));
  const worst = layers.reduce<(typeof layers)[number] | undefined>((most, layer) => (most && most.saturated >= layer.saturated ? most : layer), undefined);
  if (!worst || worst.saturated < SATURATION_LIMIT) return null;
  return {
    cause: 'saturation',
    sentence: `${worst.id} (${worst.fn}) is saturated: ${percent(worst.saturated)} of its outputs sit in its flat tails, where it passes almost no gradient back. A smaller learning rate (or normalisation before it) keeps it in its working range.`,
    evidence: layers.map(({ id, saturated }) => `${id}: ${percent(saturated)} saturated`),
    fixes: [{ label: `Lower the learning rate to ${roundedRate(series.lr / 10)}`, fix: { kind: 'setLearningRate', lr: roundedRate(series.lr / 10) } }],
  };
};

export const updateRatioOutOfRange: Rule = ({ series, stall, recent }) => {
  if (!stall.stalled) return null;
  const ratios = recentByLayer(recent, (sample) => sample.updateRatios).filter((ratio) => ratio > 0);
  if (ratios.length === 0) return null;
  const median = [...ratios].sort((a, b) => a - b)[Math.floor(ratios.length / 2)]!;
  const high = median > UPDATE_RATIO_RANGE.high;
  if (!high && median >= UPDATE_RATIO_RANGE.low) return null;
  const lr = roundedRate((series.lr * UPDATE_RATIO_TARGET) / median);
  return {
    cause: high ? 'update_ratio_high' : 'update_ratio_low',
    sentence: high
      ? `Each step changes the weights by ${scientific(median)} of their size, far above the 1e-3 that trains well: the learning rate ${series.lr} is too large, the weights jump around instead of settling.`
      : `Each step changes the weights by only ${scientific(median)} of their size, far below the 1e-3 that trains well: the learning rate ${series.lr} is too small to get anywhere.`,
    evidence: [`median update ratio: ${scientific(median)}`, `learning rate: ${series.lr}`],
    fixes: [{ label: `Set the learning rate to ${lr}`, fix: { kind: 'setLearningRate', lr } }],
  };
};

export const underfitting: Rule = ({ stall, recent }) => {
  if (!stall.stalled) return null;
  const reached = stall.accuracy === null ? '' : ` at ${percent(stall.accuracy)} training accuracy`;
  const norms = recentByLayer(recent, (sample) => sample.gradNorms);
  return {
    cause: 'underfitting',
    sentence: `The network is too small for this data: training stalls${reached} while its gradients and updates are healthy. More units or more layers give it room.`,
    evidence: [
      ...(stall.accuracy === null ? [] : [`train accuracy: ${percent(stall.accuracy)}`]),
      `loss fell ${percent(Math.max(0, stall.improvement))} over the second half of the run`,
      ...(norms.length > 1 ? [`first / last layer gradient: ${scientific(norms[0]! / norms.at(-1)!)}`] : []),
    ],
    fixes: [{ label: 'Double the units of the hidden layers', fix: { kind: 'widenLayers', factor: 2 } }],
  };
};

/** The rules, most specific cause first: the first that finds something names the cause. */
/**
 * Saturation comes before the vanishing gradient it causes: its fix (a smaller learning rate)
 * is the one that helps then, where ReLU would only trade one failure for another.
 */
export const RULES: readonly Rule[] = [deadUnits, saturation, vanishingGradient, updateRatioOutOfRange, underfitting];
