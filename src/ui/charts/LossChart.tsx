import { memo, useMemo, useState } from 'react';
import type { RunRecord } from '../training/runTypes.ts';
import { DEFAULT_SMOOTHING, LogScaleToggle, SmoothingSlider, XAxisSelect } from './ChartControls.tsx';
import { ChartSection } from './ChartSection.tsx';
import { MetricChart } from './MetricChart.tsx';
import { lossChartSeries, type LossXAxis } from './runSeries.ts';
import { SeriesLegend } from './SeriesLegend.tsx';
import { usePlottedSeries } from './usePlottedSeries.ts';

/** Train and test loss (and accuracy for classification) of one run, against the step or epoch. */
export const LossChart = memo(function LossChart({ run }: { run: RunRecord | undefined }) {
  const [logScale, setLogScale] = useState(false);
  const [smoothing, setSmoothing] = useState(DEFAULT_SMOOTHING);
  const [xAxis, setXAxis] = useState<LossXAxis>('step');
  const specs = useMemo(() => (run ? lossChartSeries(run, xAxis) : []), [run, xAxis]);
  const lines = usePlottedSeries(specs, { smoothing, logY: logScale });
  return (
    <ChartSection
      title="Loss"
      about="Solid lines: the training data, the mean loss of each batch. Dashed: the test data, measured every few epochs and when training stops."
      controls={
        <>
          <XAxisSelect value={xAxis} onChange={setXAxis} />
          <LogScaleToggle checked={logScale} onChange={setLogScale} />
          <SmoothingSlider value={smoothing} onChange={setSmoothing} />
        </>
      }
    >
      <div className="chart-plot">
        <MetricChart
          lines={lines}
          logScale={logScale}
          label={`Loss and accuracy against training ${xAxis}`}
          xLabel={xAxis}
          emptyMessage="Press Train to watch the loss fall."
        />
      </div>
      <SeriesLegend lines={lines} />
    </ChartSection>
  );
});
