/** Tick positions for the charts' axes, chosen by hand because recharts' own land on odd values. */

/**
 * Props for an axis that shows exactly the domain and ticks it is given: recharts sees no data
 * to fit it to (the lines are drawn by us), and would otherwise measure every tick label in the
 * DOM to thin them out and recompute "nice" ticks in arbitrary-precision maths on every redraw.
 */
export const GIVEN_TICKS = { allowDataOverflow: true, interval: 0, niceTicks: 'none' } as const;

/**
 * Ticks at powers of ten covering [min, max] for a log axis, thinned to at most `maxTicks` by
 * skipping decades as needed. Returns the ticks and the axis domain, which starts and ends on a tick.
 */
export function logAxis(min: number, max: number, maxTicks = 6): { ticks: number[]; domain: [number, number] } {
  let low = Math.floor(Math.log10(min));
  let high = Math.ceil(Math.log10(max));
  if (high === low) {
    low -= 1;
    high += 1;
  }
  // Aligning the ends to the stride can add a tick, so try strides until the ticks fit.
  for (let stride = 1; ; stride += 1) {
    const first = Math.floor(low / stride) * stride;
    const last = Math.ceil(high / stride) * stride;
    if ((last - first) / stride + 1 > maxTicks) continue;
    const ticks: number[] = [];
    for (let exponent = first; exponent <= last; exponent += stride) ticks.push(Number(`1e${exponent}`)); // 10 ** -4 is 0.00009999…
    return { ticks, domain: [ticks[0]!, ticks.at(-1)!] };
  }
}

/** A round step (1, 2 or 5 × 10^k) that cuts [0, max] into at most `maxTicks` pieces. */
function roundStep(max: number, maxTicks: number): number {
  const rough = max / maxTicks;
  const decade = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((factor) => factor * decade).find((step) => step >= rough)!;
}

/**
 * Ticks at round numbers from 0 up to `max` for the step axis: 0, 500, 1,000 … The axis ends at
 * `max` itself, so a line reaches the right edge instead of stopping short of a rounded-up end.
 */
export function stepAxisTicks(max: number, maxTicks = 5): number[] {
  if (!(max > 0)) return [0];
  const step = roundStep(max, maxTicks);
  // 0.3 / 0.1 is 2.9999999999999996, and 3 × 0.1 is 0.30000000000000004.
  return Array.from({ length: Math.floor(max / step + 1e-9) + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** Ticks at round numbers from 0 up to the first one at or above `max`, for a linear value axis starting at 0. */
export function linearAxis(max: number, maxTicks = 5): { ticks: number[]; domain: [number, number] } {
  if (!(max > 0) || !Number.isFinite(max)) return { ticks: [0, 1], domain: [0, 1] };
  const step = roundStep(max, maxTicks);
  const ticks = Array.from({ length: Math.ceil(max / step - 1e-9) + 1 }, (_, i) => Number((i * step).toPrecision(12))); // 3 × 0.2 is 0.6000000000000001
  return { ticks, domain: [0, ticks.at(-1)!] };
}

/** Ticks at round numbers covering [min, max], for an axis that need not start at 0 (predicted against actual values). */
export function rangeAxis(min: number, max: number, maxTicks = 5): { ticks: number[]; domain: [number, number] } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { ticks: [0, 1], domain: [0, 1] };
  if (max - min < 1e-12) return rangeAxis(min - 0.5, max + 0.5, maxTicks);
  const step = roundStep(max - min, maxTicks);
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toPrecision(12)));
  return { ticks, domain: [ticks[0]!, ticks.at(-1)!] };
}
