import { usePlotArea, useYAxisScale } from 'recharts';
import { BANDS, type DistributionStep } from './probeSeries.ts';
import { useStepScale, type PixelScale } from './StepAxis.tsx';

/** Opacity of each band, outermost first: the nested bands darken towards the median. */
const BAND_OPACITY = [0.14, 0.18, 0.24, 0.32];

/** The closed path of one band: along its upper edge left to right, back along its lower edge. */
function bandPath(steps: readonly DistributionStep[], [lower, upper]: readonly [number, number], x: PixelScale, y: PixelScale): string {
  const edge = (index: number) => steps.map((step) => `${x(step.step)!.toFixed(1)},${y(step.quantiles[index]!)!.toFixed(1)}`);
  return `M${edge(upper).join('L')}L${edge(lower).reverse().join('L')}Z`;
}

/**
 * A TensorBoard distribution: nested bands from min–max in to the 31st–69th percentiles,
 * drawn by us on the chart's scales (the median is a line of the chart).
 */
export function DistributionBands({ steps, lastStep, color }: { steps: readonly DistributionStep[]; lastStep: number; color: string }) {
  const x = useStepScale(lastStep);
  const y = useYAxisScale('value');
  const plotArea = usePlotArea();
  if (!x || !y || !plotArea || steps.length < 2) return null;
  return (
    <g className="distribution-bands">
      {BANDS.map((band, i) => (
        <path key={band.join('-')} d={bandPath(steps, band, x, y)} fill={color} fillOpacity={BAND_OPACITY[i]} stroke="none" />
      ))}
    </g>
  );
}
