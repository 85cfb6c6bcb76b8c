import { memo, useMemo } from 'react';
import type { RunRecord } from '../training/runTypes.ts';
import { UPDATE_RATIO_TARGET } from '../../worker/diagnosis.ts';
import { ChartSection } from './ChartSection.tsx';
import { DepthLegend } from './DepthLegend.tsx';
import { MetricChart } from './MetricChart.tsx';
import { updateRatioSeries } from './probeSeries.ts';
import { usePlottedSeries } from './usePlottedSeries.ts';
import { ValueReference } from './ValueReference.tsx';

const RATIO_SMOOTHING = 0.6;
const POINTS_PER_LAYER = 150;
const TARGET_EXTENT = [UPDATE_RATIO_TARGET];

/**
 * How much each step changes each dense layer's weights, relative to their size, on a log axis
 * with CS231n's rule of thumb (about 1e-3) as a reference line: far above it the learning rate
 * is too large, far below it the layer hardly moves.
 */
export const UpdateRatioChart = memo(function UpdateRatioChart({ run }: { run: RunRecord | undefined }) {
  const specs = useMemo(() => (run ? updateRatioSeries(run) : []), [run]);
  const lines = usePlottedSeries(specs, { smoothing: RATIO_SMOOTHING, logY: true, maxPoints: POINTS_PER_LAYER });
  return (
    <ChartSection
      title="Update size"
      about="Each step's change to a layer's weights divided by their size, on a log scale. Around 1e-3 (the green line) learns well; far above it the learning rate is too large, far below it the layer barely moves."
    >
      <div className="chart-plot">
        <MetricChart
          lines={lines}
          logScale
          label="Update to weight ratio of each dense layer against training step, log scale, with a reference line at 1e-3"
          emptyMessage="How much each step moves each layer's weights appears here while training."
          valueExtent={TARGET_EXTENT}
          overlay={<ValueReference value={UPDATE_RATIO_TARGET} label="1e-3: healthy" />}
        />
      </div>
      {lines.length > 0 && <DepthLegend layers={lines.length} />}
    </ChartSection>
  );
});
