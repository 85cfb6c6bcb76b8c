import { forwardRef } from 'react';
import { ChartSection } from '../charts/ChartSection.tsx';
import { DepthSweepChart } from './DepthSweepChart.tsx';
import { sweepLines } from './depthSweep.ts';
import type { SweepResult } from './depthSweep.ts';

/**
 * The depth sweep's two figures side by side, against depth: how much of the gradient reaches the
 * first hidden layer (relative to the last hidden one's, as "Compare fixes" measures it), and the
 * final test accuracy (Glorot & Bengio 2010, fig. 7, from the current design).
 */
export const DepthSweepResults = forwardRef<HTMLDivElement, { results: readonly SweepResult[] }>(function DepthSweepResults({ results }, ref) {
  const lines = sweepLines(results);
  return (
    <div ref={ref} className="depth-sweep-results">
      <ChartSection
        title="Depth sweep results"
        about="Each point is one short run of the sweep. On a log scale, 1 means the first hidden layer gets as much gradient as the last; 1e-6 a millionth of it."
      >
        <div className="run-comparison">
          <figure className="run-comparison__chart">
            <figcaption className="chart-subtitle">First hidden layer's gradient ÷ last hidden layer's</figcaption>
            <DepthSweepChart lines={lines} metric="gradientRatio" label="First hidden layer's gradient relative to the last hidden layer's" />
          </figure>
          <figure className="run-comparison__chart">
            <figcaption className="chart-subtitle">Test accuracy</figcaption>
            <DepthSweepChart lines={lines} metric="testAccuracy" label="Final test accuracy" />
          </figure>
        </div>
      </ChartSection>
    </div>
  );
});
