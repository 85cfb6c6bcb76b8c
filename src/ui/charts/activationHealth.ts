import type { ActivationStats, ProbedActivation } from '../training/runTypes.ts';

/** What a bar of the activation-health chart shows: the fraction of an activation node that is stuck, and how. */
export interface StuckBar {
  id: string;
  fn: ProbedActivation['fn'];
  /** Saturated outputs (tanh, sigmoid) or dead units (relu, leaky_relu); null for functions that can do neither. */
  kind: 'saturated' | 'dead' | null;
  fraction: number;
}

/** One bar per activation node, by depth, from the latest statistics. */
export function stuckBars(activations: readonly ProbedActivation[], stats: readonly ActivationStats[]): StuckBar[] {
  return activations.map(({ id, fn }, a) => {
    const { saturated = null, dead = null } = stats[a] ?? {};
    if (saturated !== null) return { id, fn, kind: 'saturated', fraction: saturated };
    if (dead !== null) return { id, fn, kind: 'dead', fraction: dead };
    return { id, fn, kind: null, fraction: 0 };
  });
}

/** "act2 tanh: 34 % saturated" — the words of one bar, for the chart's label. */
export function describeBar(bar: StuckBar): string {
  if (bar.kind === null) return `${bar.id} ${bar.fn}: cannot saturate or die`;
  return `${bar.id} ${bar.fn}: ${Math.round(bar.fraction * 100)} % ${bar.kind}`;
}
