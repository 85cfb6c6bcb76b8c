import { memo, useMemo, useState } from 'react';
import type { RunRecord } from '../training/runTypes.ts';
import { ChartSection } from './ChartSection.tsx';
import { DistributionBands } from './DistributionBands.tsx';
import { MetricChart } from './MetricChart.tsx';
import { depthColor } from './palette.ts';
import { distributionExtent, distributionSteps, MEDIAN, type DistributionKind, type DistributionStep } from './probeSeries.ts';
import { layerLabel, type SeriesSpec } from './runSeries.ts';
import { usePlottedSeries } from './usePlottedSeries.ts';

const KINDS: { kind: DistributionKind; label: string }[] = [
  { kind: 'activations', label: 'Activations' },
  { kind: 'gradients', label: 'Gradients' },
  { kind: 'weights', label: 'Weights' },
];

/** The nodes a kind is recorded for: activation nodes for outputs, dense layers for weights and gradients. */
function nodesOf(run: RunRecord | undefined, kind: DistributionKind): string[] {
  if (!run) return [];
  return kind === 'activations' ? run.activations.map(({ id, fn }) => `${id} (${fn})`) : run.denseIds.map((id, i) => `${layerLabel(i, run.denseIds.length)} · ${id}`);
}

/**
 * TensorBoard-style distribution of one node over training: the median as a line, bands out to
 * the 31st/69th, 16th/84th, 7th/93rd percentiles and the min and max. The kind and node are picked above the chart.
 */
export const DistributionChart = memo(function DistributionChart({ run }: { run: RunRecord | undefined }) {
  const [kind, setKind] = useState<DistributionKind>('activations');
  const [chosen, setChosen] = useState(0);
  const nodes = nodesOf(run, kind);
  const index = Math.min(chosen, Math.max(0, nodes.length - 1));
  const steps = useMemo(() => (run ? distributionSteps(run, kind, index) : []), [run, kind, index]);
  const color = depthColor(index, Math.max(nodes.length, 1));
  const specs = useMemo((): SeriesSpec<DistributionStep>[] => {
    if (steps.length === 0) return [];
    return [{ key: `${kind} ${index} median`, label: 'Median', color, axis: 'value', source: steps, read: (s) => ({ x: s.step, y: s.quantiles[MEDIAN]! }) }];
  }, [steps, kind, index, color]);
  const lines = usePlottedSeries(specs, { smoothing: 0, logY: false });
  const extent = distributionExtent(steps);
  const lastStep = steps.at(-1)?.step ?? 0;
  return (
    <ChartSection
      title="Distributions"
      about="The line is the median; the bands hold the middle 38 %, 68 %, 87 % and all of the values. Bands pinned at a function's limits (0 and 1 for a sigmoid) mean saturation; a band collapsing to 0 means the layer has gone quiet."
      controls={
        <>
          <label className="chart-control">
            Of
            <select className="chart-select" value={kind} onChange={(event) => setKind(event.target.value as DistributionKind)}>
              {KINDS.map((option) => (
                <option key={option.kind} value={option.kind}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <label className="chart-control">
            Node
            <select className="chart-select" value={index} onChange={(event) => setChosen(Number(event.target.value))} disabled={nodes.length === 0}>
              {nodes.map((name, i) => (
                <option key={name} value={i}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        </>
      }
    >
      <p className="chart-subtitle distribution-chart__of">
        {KINDS.find((option) => option.kind === kind)!.label} of {nodes[index] ?? 'no node yet'}
      </p>
      <div className="chart-plot">
        <MetricChart
          lines={lines}
          logScale={false}
          label={`Distribution of ${kind} of ${nodes[index] ?? 'no node'} against training step: median line, bands to the 31st/69th, 16th/84th, 7th/93rd percentiles and the min and max`}
          emptyMessage="The spread of each layer's values over time appears here while training."
          valueExtent={extent ?? []}
          overlay={<DistributionBands steps={steps} lastStep={lastStep} color={color} />}
        />
      </div>
    </ChartSection>
  );
});
