import { useId } from 'react';
import { formatPercent, formatValue } from '../charts/numberFormat.ts';
import { useHeldOffScreen, useOnScreen } from '../charts/useOnScreen.ts';
import { useThrottled } from '../charts/useThrottled.ts';
import type { ModelNode } from '../../model/index.ts';
import { STATISTICS_REFRESH_MS } from '../dashboard/chartRefresh.ts';
import { updateView } from '../store/viewStore.ts';
import { useInspection, type NodeInspection, type RunRecord } from '../training/index.ts';
import { OutputHistogram } from './OutputHistogram.tsx';
import { WeightHeatmap } from './WeightHeatmap.tsx';
import './inspector.css';

/** As often as the charts: the worker sends the inspected node four times a second. */
const REFRESH_MS = 400;

/** Label and value pairs under the picture. */
function Facts({ facts }: { facts: [string, string][] }) {
  return (
    <dl className="inspector__facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const spread = (quantiles: readonly number[] | undefined) =>
  quantiles && quantiles.length > 0 ? `${formatValue(quantiles[0]!)} … ${formatValue(quantiles[4]!)} … ${formatValue(quantiles.at(-1)!)}` : '–';

function DenseView({ inspection, run }: { inspection: Extract<NodeInspection, { kind: 'dense' }>; run: RunRecord | undefined }) {
  const layer = run?.denseIds.indexOf(inspection.nodeId) ?? -1;
  const probe = run?.probes.at(-1);
  const norm = run?.gradients.at(-1)?.norms[layer];
  return (
    <>
      <h4 className="chart-subtitle">Kernel: {inspection.units} units × {inspection.inputs} inputs</h4>
      <WeightHeatmap values={inspection.kernel} rows={inspection.units} columns={inspection.inputs} label={`Kernel of ${inspection.nodeId}`} />
      {inspection.bias && (
        <>
          <h4 className="chart-subtitle">Bias</h4>
          <WeightHeatmap values={inspection.bias} rows={1} columns={inspection.bias.length} label={`Bias of ${inspection.nodeId}`} />
        </>
      )}
      <Facts
        facts={[
          ['Step', String(inspection.step)],
          ['Gradient norm', norm === undefined ? '–' : formatValue(norm)],
          ['Update ÷ weights', layer < 0 || !probe ? '–' : formatValue(probe.updateRatios[layer]!)],
          ['Weights (min … median … max)', spread(probe?.quantiles.weights[layer])],
          ['Gradient (min … median … max)', spread(probe?.quantiles.gradients[layer])],
        ]}
      />
    </>
  );
}

function ActivationView({ inspection, run }: { inspection: Extract<NodeInspection, { kind: 'activation' }>; run: RunRecord | undefined }) {
  const index = run?.activations.findIndex((activation) => activation.id === inspection.nodeId) ?? -1;
  const stats = index < 0 ? undefined : run?.probes.at(-1)?.activationStats[index];
  return (
    <>
      <h4 className="chart-subtitle">Outputs of {inspection.fn} on the latest sampled batch</h4>
      <OutputHistogram histogram={inspection.histogram} label={`Output histogram of ${inspection.nodeId}`} />
      <Facts
        facts={[
          ['Step', String(inspection.step)],
          ['Mean', stats ? formatValue(stats.mean) : '–'],
          ['Standard deviation', stats ? formatValue(stats.std) : '–'],
          ...(stats?.saturated == null ? [] : [['Saturated', formatPercent(stats.saturated)] as [string, string]]),
          ...(stats?.dead == null ? [] : [['Dead units (last epoch)', formatPercent(stats.dead)] as [string, string]]),
        ]}
      />
    </>
  );
}

/** A node the inspector can show: a dense or an activation node of the graph. */
export type InspectableNode = Extract<ModelNode, { type: 'dense' | 'activation' }>;

interface NodeInspectorProps {
  nodeId: string;
  /** Every node it could show, for its picker (the keyboard's way to another node). */
  inspectable: readonly InspectableNode[];
  /** The main run's live record. */
  run: RunRecord | undefined;
  /** True once the graph or the data changed after the run: what it knows of the node is of another network. */
  stale: boolean;
}

/**
 * The node inspector: for the selected dense or activation node, live while training, a dense
 * layer's weights as a heatmap with its bias, gradient and update statistics; an activation's
 * output histogram and statistics.
 */
export function NodeInspector({ nodeId, inspectable, run: liveRun, stale }: NodeInspectorProps) {
  const [ref, onScreen] = useOnScreen<HTMLElement>();
  const run = useThrottled(useHeldOffScreen(liveRun, onScreen), STATISTICS_REFRESH_MS);
  const headingId = useId();
  const live = useThrottled(useHeldOffScreen(useInspection(run?.id), onScreen), REFRESH_MS);
  const inspection = !stale && live?.nodeId === nodeId ? live : undefined;
  const select = (id: string) => updateView({ selectedNodeIds: id ? [id] : [], selectedEdgeIds: [] });
  return (
    <section ref={ref} className="inspector" aria-labelledby={headingId}>
      <header className="inspector__header">
        <h3 id={headingId}>Inspector</h3>
        <button type="button" className="inspector__close" aria-label="Close the inspector" title="Close (deselects the node)" onClick={() => select('')}>
          ×
        </button>
      </header>
      <label className="chart-control inspector__picker">
        Node
        <select className="chart-select" value={nodeId} onChange={(event) => select(event.target.value)}>
          {inspectable.map((node) => (
            <option key={node.id} value={node.id}>
              {node.id} ({node.type === 'activation' ? node.params.fn : `${node.params.units} units`})
            </option>
          ))}
        </select>
      </label>
      {!inspection && (
        <p className="inspector__note">
          {stale ? `The graph or the data changed after this run: press Train to see ${nodeId} in a new run.` : `Press Train or Step to see ${nodeId} as it learns.`}
        </p>
      )}
      {inspection?.kind === 'dense' && <DenseView inspection={inspection} run={run} />}
      {inspection?.kind === 'activation' && <ActivationView inspection={inspection} run={run} />}
    </section>
  );
}
