import { useMemo } from 'react';
import { DecisionBoundary } from '../charts/DecisionBoundary.tsx';
import { GradientChart } from '../charts/GradientChart.tsx';
import { describeGradientHealth, diagnoseGradients, type GradientHealth } from '../charts/gradientHealth.ts';
import { LossChart } from '../charts/LossChart.tsx';
import { useThrottled } from '../charts/useThrottled.ts';
import { DataViews, useDataShape } from '../data/index.ts';
import { useDecisionBoundary, useMainRun, useMainRunStale, usePredictionViews } from '../training/index.ts';
import { CHART_REFRESH_MS } from './chartRefresh.ts';
import { useGradientAnnotation } from './useGradientAnnotation.ts';

const NOT_JUDGED: GradientHealth = { kind: 'healthy' };

/**
 * The main run's loss and gradient charts side by side, then what it makes of the data: the
 * decision boundary for 2-D inputs, and the views of the test split that fit the data (a
 * confusion matrix, digits, predicted against actual values), in a column that scrolls. Once the
 * graph or the data changed after the run they are dimmed (the caption says why), and no
 * warning derived from them is shown any more, on the chart or on a node: it was about another network.
 */
export function RunCharts() {
  const liveMainRun = useMainRun();
  const stale = useMainRunStale() !== undefined;
  const liveBoundary = useDecisionBoundary(liveMainRun?.id);
  const livePredictions = usePredictionViews(liveMainRun?.id);
  const planar = useDataShape()?.planar ?? true;
  // Each chart redraws at its own pace, in a frame of its own.
  const lossRun = useThrottled(liveMainRun, CHART_REFRESH_MS);
  const gradientRun = useThrottled(liveMainRun, CHART_REFRESH_MS);
  const boundary = useThrottled(liveBoundary, CHART_REFRESH_MS);
  const predictions = useThrottled(livePredictions, CHART_REFRESH_MS);
  const health = useMemo(() => (stale ? NOT_JUDGED : diagnoseGradients(gradientRun?.gradients ?? [])), [stale, gradientRun?.gradients]);
  useGradientAnnotation(gradientRun?.denseIds[0], describeGradientHealth(health));
  const classes = ['run-charts', planar ? 'run-charts--planar' : 'run-charts--table', stale ? 'charts--stale' : ''];
  return (
    <div className={classes.join(' ').trim()}>
      <LossChart run={lossRun} />
      <GradientChart run={gradientRun} health={health} />
      <div className="run-charts__data">
        {planar && <DecisionBoundary snapshot={boundary} />}
        <DataViews views={predictions} />
      </div>
    </div>
  );
}
