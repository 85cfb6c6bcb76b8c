import { memo, useMemo, useState } from 'react';
import type { RunRecord } from '../training/runTypes.ts';
import { DEFAULT_SMOOTHING, LogScaleToggle, SmoothingSlider } from './ChartControls.tsx';
import { ChartSection } from './ChartSection.tsx';
import { MetricChart } from './MetricChart.tsx';
import { runFirstLayerGradientSeries, runLossSeries } from './runSeries.ts';
import { SeriesLegend } from './SeriesLegend.tsx';
import { usePlottedSeries } from './usePlottedSeries.ts';

const RUN_NAMES = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * Several runs in one view, each in its own colour and named at its line's end: their train
 * loss, and their first dense layer's gradient norm, the layer a vanishing gradient starves
 * first. Each chart has its key, with every run's latest value.
 */
export const RunComparison = memo(function RunComparison({ runs }: { runs: readonly RunRecord[] }) {
  const [logScale, setLogScale] = useState(true);
  const [smoothing, setSmoothing] = useState(DEFAULT_SMOOTHING);
  const lossSpecs = useMemo(() => runLossSeries(runs), [runs]);
  const gradientSpecs = useMemo(() => runFirstLayerGradientSeries(runs), [runs]);
  const lossLines = usePlottedSeries(lossSpecs, { smoothing, logY: logScale });
  const gradientLines = usePlottedSeries(gradientSpecs, { smoothing, logY: true });
  const names = RUN_NAMES.format(runs.map((run) => run.name));
  return (
    <ChartSection
      title="Run comparison"
      controls={
        <>
          <LogScaleToggle checked={logScale} onChange={setLogScale} />
          <SmoothingSlider value={smoothing} onChange={setSmoothing} />
        </>
      }
    >
      <div className="run-comparison">
        <figure className="run-comparison__chart">
          <figcaption className="chart-subtitle">Train loss</figcaption>
          <div className="chart-plot">
            <MetricChart lines={lossLines} logScale={logScale} label={`Train loss of ${names}`} emptyMessage="Waiting for the first steps…" />
          </div>
          <SeriesLegend lines={lossLines} label="Key to the train loss" />
        </figure>
        <figure className="run-comparison__chart">
          <figcaption className="chart-subtitle">First-layer gradient norm (log scale)</figcaption>
          <div className="chart-plot">
            <MetricChart
              lines={gradientLines}
              logScale
              label={`First-layer gradient norm of ${names}`}
              emptyMessage="Waiting for the first steps…"
            />
          </div>
          <SeriesLegend lines={gradientLines} label="Key to the first-layer gradient norm" />
        </figure>
      </div>
    </ChartSection>
  );
});
