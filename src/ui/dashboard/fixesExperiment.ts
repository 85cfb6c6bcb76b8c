import {
  ACTIVATION_LABELS,
  DEEP_TRAINING,
  deepNetwork,
  type ActivationFn,
  type DeepNetworkOptions,
  type NetloomModel,
  type NodeOf,
} from '../../model/index.ts';
import { GRADIENT_THRESHOLDS } from '../charts/gradientHealth.ts';
import type { GradientPoint, RunRecord } from '../training/runTypes.ts';
import { datasetSuffix, DEFAULT_SHAPE, sharedTraining, type ComparisonRun, type DeepShape } from './depthExperiment.ts';

/** The cures for a vanishing gradient that "Compare fixes" tries, beside the network as it is. */
export const FIXES = ['as_is', 'relu_he', 'layer_norm', 'batch_norm', 'residual'] as const;
export type Fix = (typeof FIXES)[number];

interface FixDescription {
  /** What the fix is, in the run's name. */
  label: string;
  /** The fix in a word or two, written with the run's number at its lines' ends ("#5 LayerNorm"). */
  kind: string;
  /** How the fix changes the deep network. */
  apply: Partial<DeepNetworkOptions>;
  /** Why it does (or does not) help the first layer, in a sentence. */
  why: string;
}

const FIX_DESCRIPTIONS: Record<Fix, FixDescription> = {
  as_is: {
    label: 'as is',
    kind: 'as is',
    apply: {},
    why: 'Each sigmoid multiplies the gradient by at most 0.25 on its way back, so a deep stack shrinks it many thousandfold.',
  },
  relu_he: {
    label: 'ReLU + He init',
    kind: 'ReLU + He',
    apply: { fn: 'relu', init: 'he_normal' },
    why: 'ReLU passes the gradient back unchanged wherever a unit is active, and He’s initialisation keeps the signal’s scale from layer to layer.',
  },
  layer_norm: {
    label: 'LayerNorm',
    kind: 'LayerNorm',
    apply: { normalization: 'layer_norm' },
    why: 'LayerNorm rescales each layer’s pre-activations, but every sigmoid derivative is still at most 0.25: the gradient still shrinks layer by layer, only less.',
  },
  batch_norm: {
    label: 'BatchNorm',
    kind: 'BatchNorm',
    apply: { normalization: 'batch_norm' },
    why: 'BatchNorm divides each layer’s gradient by the batch’s spread of its pre-activations, which makes up for the sigmoid’s 0.25.',
  },
  residual: {
    label: 'residual skips',
    kind: 'residual',
    apply: { residual: true },
    why: 'Each Add hands the gradient straight back around its block, so the first layer gets the last layer’s gradient without passing through every sigmoid.',
  },
};

/** One run of the experiment: its network, and the two dense layers its ratio compares. */
export interface FixRun extends ComparisonRun {
  fix: Fix;
  why: string;
  /** The first hidden dense layer and the last (the output layer is not compared). */
  firstDenseId: string;
  lastHiddenDenseId: string;
}

/** Deep enough that a sigmoid stack visibly starves its first layer. */
const MIN_DEEP_DEPTH = 2;

/**
 * The activation of the current deep network's hidden layers (its first activation node), or
 * sigmoid, the classic vanishing case, when the graph is not deep (fewer than two dense layers
 * before the output layer) or has no hidden activation a deep stack could use.
 */
export function hiddenActivation(model: Pick<NetloomModel, 'nodes'>): ActivationFn {
  const hiddenDense = model.nodes.filter((node) => node.type === 'dense').length - 1;
  const first = model.nodes.find((node) => node.type === 'activation');
  if (hiddenDense < MIN_DEEP_DEPTH || first?.type !== 'activation' || first.params.fn === 'softmax') return 'sigmoid';
  return first.params.fn;
}

/** The network "Compare fixes" starts from. */
export interface FixesBase extends DeepShape {
  /** The hidden layers' activation. */
  fn: ActivationFn;
  /** True when shape and activation are the current graph's; false for the 10 × 16 sigmoid stack a shallow graph gets. */
  fromGraph: boolean;
}

/**
 * The current graph's shape (its hidden dense layers: every dense node but the output one, as
 * wide as the first) and hidden activation, when it has at least two hidden layers; otherwise
 * `DEFAULT_SHAPE` with sigmoid, the classic vanishing case.
 */
export function fixesBase(current: Pick<NetloomModel, 'nodes'>): FixesBase {
  const hidden = current.nodes.filter((node): node is NodeOf<'dense'> => node.type === 'dense').slice(0, -1);
  if (hidden.length < MIN_DEEP_DEPTH) return { ...DEFAULT_SHAPE, fn: 'sigmoid', fromGraph: false };
  return { depth: hidden.length, width: hidden[0]!.params.units, fn: hiddenActivation(current), fromGraph: true };
}

/** "Sigmoid, as is 10 × 16", "ReLU + He init 10 × 16", "Sigmoid + LayerNorm 10 × 16". */
function runDescription(fix: Fix, { fn, depth, width }: FixesBase): string {
  const { label } = FIX_DESCRIPTIONS[fix];
  const what = fix === 'as_is' ? `${ACTIVATION_LABELS[fn]}, ${label}` : fix === 'relu_he' ? label : `${ACTIVATION_LABELS[fn]} + ${label}`;
  return `${what} ${depth} × ${width}`;
}

/**
 * The five networks of "Compare fixes", built from the current deep network (its depth, width
 * and hidden activation; a 10 × 16 sigmoid stack when the graph is not deep): as it is, with
 * ReLU and He initialisation, with LayerNorm after each dense layer, with BatchNorm after each
 * dense layer, and with residual skips. Same data, seed and optimizer for all five.
 */
export function fixRuns(current: NetloomModel): FixRun[] {
  const base = fixesBase(current);
  const { fn, depth, width } = base;
  const training = sharedTraining(current, DEEP_TRAINING);
  return FIXES.map((fix) => {
    const { apply, why, kind } = FIX_DESCRIPTIONS[fix];
    return {
      fix,
      why,
      kind,
      description: runDescription(fix, base) + datasetSuffix(training),
      model: deepNetwork({ fn, depth, width, ...apply }, { name: `fix-${fix}`, training }),
      firstDenseId: 'dense1',
      lastHiddenDenseId: `dense${depth}`,
    };
  });
}

/** How many of the latest recorded points the current ratio is the median of: one step's gradient is noisy. */
export const RECENT_POINTS = 20;

/** A fix that moves the ratio by at least this factor over the network as it is softens the problem. */
export const SOFTENING_FACTOR = 10;

/** The first hidden dense layer's gradient norm relative to the last hidden one's, at the start and now. */
export interface GradientRatio {
  /** At the first recorded step: the network as initialised. */
  initial: number | null;
  /** The median over the last `RECENT_POINTS` recorded points. */
  recent: number | null;
}

/**
 * The ratio of the run's first and last hidden dense layers' gradient norms, from the norms the
 * engine reported. Reads only the first points and the last `RECENT_POINTS`, so it costs the
 * same however long the run.
 */
export function gradientRatio(record: Pick<RunRecord, 'denseIds' | 'gradients'>, run: Pick<FixRun, 'firstDenseId' | 'lastHiddenDenseId'>): GradientRatio {
  const first = record.denseIds.indexOf(run.firstDenseId);
  const last = record.denseIds.indexOf(run.lastHiddenDenseId);
  if (first === -1 || last === -1) return { initial: null, recent: null };
  const ratioAt = ({ norms }: GradientPoint) => norms[first]! / norms[last]!;
  const initial = record.gradients.map(ratioAt).find(Number.isFinite) ?? null;
  const recent = record.gradients.slice(-RECENT_POINTS).map(ratioAt).filter(Number.isFinite).sort((a, b) => a - b);
  return { initial, recent: recent.length === 0 ? null : recent[Math.floor(recent.length / 2)]! };
}

/** What a fix did for the first layer's gradient. */
export type GradientVerdict = 'restored' | 'softened' | 'vanishing';

/**
 * Restored: the first layer's gradient is no longer vanishing by the app's own rule (at least
 * `GRADIENT_THRESHOLDS.vanishingRatio` of the last layer's). Softened: still vanishing, but at
 * least `SOFTENING_FACTOR` times the ratio of the network as it is. Otherwise: vanishing.
 */
export function gradientVerdict(ratio: number, asIsRatio: number | null, fix: Fix): GradientVerdict {
  if (ratio >= GRADIENT_THRESHOLDS.vanishingRatio) return 'restored';
  if (fix !== 'as_is' && asIsRatio !== null && ratio >= SOFTENING_FACTOR * asIsRatio) return 'softened';
  return 'vanishing';
}

/** A verdict as the experiment says it: "Restores the gradient", "Only softens the problem", … */
export function verdictLabel(verdict: GradientVerdict, fix: Fix): string {
  switch (verdict) {
    case 'restored':
      return fix === 'as_is' ? 'Gradient reaches the first layer' : 'Restores the gradient';
    case 'softened':
      return 'Only softens the problem';
    case 'vanishing':
      return fix === 'as_is' ? 'Gradient vanishes' : 'Gradient still vanishes';
    default: {
      const unknown: never = verdict;
      return unknown;
    }
  }
}
