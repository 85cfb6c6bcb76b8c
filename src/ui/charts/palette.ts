/**
 * The dashboard's colours in one place. Loss is blue and accuracy green; train is a solid
 * line and test the same hue dashed, as in TensorBoard, so a colour always means one metric.
 */
export const METRIC_COLORS = {
  loss: '#2563eb',
  accuracy: '#16a34a',
} as const;

/** Axis text and grid lines: quiet, so the data stands out. */
export const AXIS_TICK = { fontSize: 11, fill: '#64748b' } as const;
export const GRID_COLOR = '#e2e8f0';

/** Dash pattern of test-set lines. */
export const TEST_DASH = '5 4';

/** Decision boundary classes, TensorFlow Playground's orange (class 0) and blue (class 1), then more. */
export const CLASS_COLORS: readonly (readonly [number, number, number])[] = [
  [245, 147, 34],
  [8, 119, 189],
  [22, 163, 74],
  [147, 51, 234],
  [220, 38, 38],
];

/**
 * Stops of a sequential scale from the first dense layer (deep indigo) to the last (amber),
 * sampled from matplotlib's "plasma" and cut before its pale yellow end, which disappears on
 * a white background.
 */
const DEPTH_STOPS: readonly (readonly [number, number, number])[] = [
  [13, 8, 135],
  [106, 0, 168],
  [177, 42, 144],
  [225, 100, 98],
  [245, 150, 40],
];

function hex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b].map((channel) => Math.round(channel!).toString(16).padStart(2, '0')).join('')}`;
}

/** Position `t` in [0, 1] on the depth scale, as a CSS hex colour. */
export function depthScale(t: number): string {
  const position = Math.min(Math.max(t, 0), 1) * (DEPTH_STOPS.length - 1);
  const index = Math.min(Math.floor(position), DEPTH_STOPS.length - 2);
  const within = position - index;
  const from = DEPTH_STOPS[index]!;
  const to = DEPTH_STOPS[index + 1]!;
  return hex(from.map((channel, i) => channel + (to[i]! - channel) * within));
}

/** Colour of dense layer `index` of `count`: first layer darkest, last layer brightest. */
export function depthColor(index: number, count: number): string {
  return depthScale(count <= 1 ? 1 : index / (count - 1));
}

/** The whole depth scale as a CSS gradient, for the "first layer … last layer" legend. */
export function depthGradientCss(): string {
  return `linear-gradient(to right, ${DEPTH_STOPS.map(hex).join(', ')})`;
}
