import type { GradientPoint } from '../training/runTypes.ts';
import { formatFactor, formatValue } from './numberFormat.ts';

/**
 * When the gradient reaching the first dense layer is a tiny or huge multiple of the last
 * layer's, for long enough that it is not a blip.
 */
export const GRADIENT_THRESHOLDS = {
  /** first / last under this → vanishing (the 1e-3; deep sigmoid stacks reach 1e-5). */
  vanishingRatio: 1e-3,
  /** first / last over this → exploding: the mirror image of `vanishingRatio`. */
  explodingRatio: 1e3,
  /**
   * Any layer's kernel-gradient norm over this → exploding, whatever the ratio: a healthy small
   * network's norms stay within ~0.001–10, and past 1e3 the next updates usually overflow.
   */
  explodingNorm: 1e3,
  /** The condition must hold for this many most recent recorded points ("sustained"). */
  window: 20,
} as const;

export type GradientThresholds = typeof GRADIENT_THRESHOLDS;

export type GradientHealth =
  | { kind: 'healthy' }
  /** `ratio` is first / last at the latest point. */
  | { kind: 'vanishing'; ratio: number }
  /** `ratio` is first / last (NaN with one layer); `largestNorm` the latest largest norm. */
  | { kind: 'exploding'; ratio: number; largestNorm: number };

function firstToLastRatio(norms: readonly number[]): number {
  const first = norms[0]!;
  const last = norms.at(-1)!;
  return norms.length >= 2 && last > 0 ? first / last : Number.NaN;
}

function isExploding(norms: readonly number[], thresholds: GradientThresholds): boolean {
  return (
    norms.some((norm) => !Number.isFinite(norm) || norm > thresholds.explodingNorm) ||
    firstToLastRatio(norms) > thresholds.explodingRatio
  );
}

function isVanishing(norms: readonly number[], thresholds: GradientThresholds): boolean {
  return firstToLastRatio(norms) < thresholds.vanishingRatio;
}

/**
 * Looks at the last `thresholds.window` gradient points of a run (norms from first to last
 * dense layer) and says whether the gradient is vanishing, exploding or healthy. Fewer points
 * than the window, or a network with no dense layer, is healthy: there is nothing sustained yet.
 */
export function diagnoseGradients(
  points: readonly GradientPoint[],
  thresholds: GradientThresholds = GRADIENT_THRESHOLDS,
): GradientHealth {
  const recent = points.slice(-thresholds.window);
  const latest = recent.at(-1)?.norms;
  if (recent.length < thresholds.window || !latest || latest.length === 0) return { kind: 'healthy' };
  if (recent.every((point) => isExploding(point.norms, thresholds))) {
    return { kind: 'exploding', ratio: firstToLastRatio(latest), largestNorm: Math.max(...latest) };
  }
  if (recent.every((point) => isVanishing(point.norms, thresholds))) {
    return { kind: 'vanishing', ratio: firstToLastRatio(latest) };
  }
  return { kind: 'healthy' };
}

export interface GradientWarningText {
  title: string;
  /** One sentence for someone who has never heard of the problem. */
  explanation: string;
  /** What to try. */
  hint: string;
  /** Shown on the first dense node; free of live numbers, so it does not change every step. */
  nodeMessage: string;
}

/** The words the chart and the first dense node show for an unhealthy gradient. */
export function describeGradientHealth(health: GradientHealth): GradientWarningText | null {
  switch (health.kind) {
    case 'healthy':
      return null;
    case 'vanishing':
      return {
        title: 'Vanishing gradient',
        explanation:
          health.ratio === 0
            ? "The first layer's gradient is zero: early layers have stopped learning."
            : `The first layer's gradient is ${formatFactor(1 / health.ratio)}× smaller than the last's: early layers have stopped learning.`,
        hint: 'Try ReLU instead of sigmoid, fewer layers, or Adam.',
        nodeMessage: "Vanishing gradient: this layer's gradient is tiny, so it has almost stopped learning.",
      };
    case 'exploding':
      return {
        title: 'Exploding gradient',
        explanation:
          health.ratio > GRADIENT_THRESHOLDS.explodingRatio
            ? `The first layer's gradient is ${formatFactor(health.ratio)}× larger than the last's: early layers take huge steps and training may blow up.`
            : `The gradient has grown to ${formatValue(health.largestNorm)}: steps this big make the loss jump around or become NaN.`,
        hint: 'Try a lower learning rate.',
        nodeMessage: 'Exploding gradient: updates are huge here; try a lower learning rate.',
      };
    default: {
      const unknown: never = health;
      return unknown;
    }
  }
}
