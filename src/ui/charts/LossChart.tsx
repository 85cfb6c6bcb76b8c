import { useMemo, useState } from 'react';
import type { RunRecord } from '../training/runTypes.ts';
import { DEFAULT_SMOOTHING, LogScaleToggle, SmoothingSlider } from './ChartControls.tsx';
import { ChartSection } from './ChartSection.tsx';
import { MetricChart } from './MetricChart.tsx';
import { lossChartSeries } from './runSeries.ts';
import { SeriesLegend } from './SeriesLegend.tsx';
import { usePlottedSeries } from './usePlottedSeries.ts';

/** Train and test loss (and accuracy for classification) of one run, against the step. */
export function LossChart({ run }: { run: RunRecord | undefined }) {
  const [logScale, setLogScale] = useState(false);
  const [smoothing, setSmoothing] = useState(DEFAULT_SMOOTHING);
  const specs = useMemo(() => (run ? lossChartSeries(run) : []), [run]);
  const lines = usePlottedSeries(specs, { smoothing, logY: logScale });
  return (
    <ChartSection
      title="Loss"
      controls={
        <>
          <LogScaleToggle checked={logScale} onChange={setLogScale} />
          <SmoothingSlider value={smoothing} onChange={setSmoothing} />
        </>
      }
    >
      <MetricChart
        lines={lines}
        logScale={logScale}
        label="Loss and accuracy against training step"
        emptyMessage="Press Train to watch the loss fall."
      />
      <SeriesLegend lines={lines} />
    </ChartSection>
  );
}
