/** Distinct on a white background and for the common colour-vision deficiencies (Okabe–Ito). */
const RUN_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;

let runsCreated = 0;
let colorsHandedOut = 0;

export function nextRunId(): string {
  runsCreated += 1;
  return `run-${runsCreated}`;
}

/** The next colour of the palette, in turn, so runs side by side differ. */
export function nextRunColor(): string {
  const color = RUN_COLORS[colorsHandedOut % RUN_COLORS.length]!;
  colorsHandedOut += 1;
  return color;
}
