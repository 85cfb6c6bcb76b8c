import { memo, useMemo, useState } from 'react';
import type { RunRecord } from '../training/runTypes.ts';
import { DEFAULT_SMOOTHING, LogScaleToggle, SmoothingSlider } from './ChartControls.tsx';
import { ChartSection } from './ChartSection.tsx';
import { MetricChart } from './MetricChart.tsx';
import { formatValue } from './numberFormat.ts';
import { runFirstLayerGradientSeries, runLossSeries } from './runSeries.ts';
import { usePlottedSeries, type PlottedSeries } from './usePlottedSeries.ts';

/** Run name and colour beside each run's latest loss and first-layer gradient. */
function ComparisonKey({ loss, gradient }: { loss: readonly PlottedSeries[]; gradient: readonly PlottedSeries[] }) {
  const format = (value: number | undefined) => (value === undefined ? '–' : formatValue(value));
  return (
    <table className="comparison-key">
      <thead>
        <tr>
          <th scope="col">Run</th>
          <th scope="col">Train loss</th>
          <th scope="col">First-layer gradient</th>
        </tr>
      </thead>
      <tbody>
        {loss.map((line, i) => (
          <tr key={line.key}>
            <th scope="row">
              <span className="run-swatch" style={{ background: line.color }} aria-hidden="true" />
              {line.label}
            </th>
            <td>{format(line.latestValue)}</td>
            <td>{format(gradient[i]?.latestValue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const RUN_NAMES = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * Several runs in one view, each in its own colour: their train loss, and their first dense
 * layer's gradient norm, the layer a vanishing gradient starves first.
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
      <h4 className="chart-subtitle">Train loss</h4>
      <MetricChart
        lines={lossLines}
        logScale={logScale}
        label={`Train loss of ${names}`}
        emptyMessage="Waiting for the first steps…"
        height={170}
      />
      <h4 className="chart-subtitle">First-layer gradient norm (log)</h4>
      <MetricChart
        lines={gradientLines}
        logScale
        label={`First-layer gradient norm of ${names}`}
        emptyMessage="Waiting for the first steps…"
        height={170}
      />
      <ComparisonKey loss={lossLines} gradient={gradientLines} />
    </ChartSection>
  );
});
