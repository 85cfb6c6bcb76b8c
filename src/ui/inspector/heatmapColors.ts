/**
 * A diverging colour scale for weights: negative blue, zero white, positive red (ColorBrewer's
 * RdBu ends), symmetric around 0 so the sign reads at a glance.
 */
const NEGATIVE = [33, 102, 172] as const;
const POSITIVE = [178, 24, 43] as const;

/** RGBA bytes (4 per value, row-major) for `values` on a scale running from −`limit` to +`limit`. */
export function divergingPixels(values: ArrayLike<number>, limit: number): Uint8ClampedArray<ArrayBuffer> {
  const pixels = new Uint8ClampedArray(values.length * 4);
  for (let i = 0; i < values.length; i++) {
    const t = limit > 0 ? Math.max(-1, Math.min(1, values[i]! / limit)) : 0;
    const end = t < 0 ? NEGATIVE : POSITIVE;
    const weight = Math.abs(t);
    for (let channel = 0; channel < 3; channel++) pixels[i * 4 + channel] = Math.round(255 + (end[channel]! - 255) * weight);
    pixels[i * 4 + 3] = 255;
  }
  return pixels;
}

/** The largest absolute value: the heatmap's scale, so the strongest weight is the deepest colour. */
export function largestMagnitude(values: ArrayLike<number>): number {
  let largest = 0;
  for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i]!));
  return largest;
}
