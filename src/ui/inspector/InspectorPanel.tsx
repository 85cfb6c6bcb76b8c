import { useEffect, useMemo } from 'react';
import { useModelValue } from '../store/index.ts';
import { useViewValue } from '../store/viewStore.ts';
import { mainRun, useMainRun, useMainRunStale } from '../training/index.ts';
import { NodeInspector, type InspectableNode } from './NodeInspector.tsx';

/**
 * In the training column while one dense or activation node is selected (by a click, or by Enter
 * on a focused node): the inspector of that node in the main run, which the worker is told to
 * send live views of. Nothing while no such node is selected.
 */
export function InspectorPanel() {
  const nodes = useModelValue((model) => model.nodes);
  const inspectable = useMemo(() => nodes.filter((node): node is InspectableNode => node.type === 'dense' || node.type === 'activation'), [nodes]);
  const selected = useViewValue((view) => view.selectedNodeIds);
  const nodeId = selected.length === 1 && inspectable.some((node) => node.id === selected[0]) ? selected[0]! : null;
  useEffect(() => mainRun().inspect(nodeId), [nodeId]);
  const run = useMainRun();
  const stale = useMainRunStale() !== undefined;
  if (nodeId === null) return null;
  return <NodeInspector nodeId={nodeId} inspectable={inspectable} run={run} stale={stale} />;
}
