import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { ModelFlowNode } from './flowTypes.ts';
import { boundsOf, boxOf, readableViewport } from './readableFit.ts';

const FIT_DURATION_MS = 250;

/**
 * Fits the graph into view (see `readableViewport`) when the canvas first has a size and again
 * on every `fitViewRequest`, once React Flow has measured every node: the first fit at once,
 * later ones animated. An empty graph needs no fit; the first node added to it stays where it is put.
 */
export function useReadableFit(nodes: readonly ModelFlowNode[], fitViewRequest: number, canvasSize: { width: number; height: number } | null) {
  const { setViewport } = useReactFlow();
  // The request last served; -1 until the first fit.
  const served = useRef(-1);
  useEffect(() => {
    if (served.current === fitViewRequest || !canvasSize) return;
    if (nodes.some((node) => !node.measured)) return;
    const first = served.current === -1;
    served.current = fitViewRequest;
    if (nodes.length === 0) return;
    const bounds = boundsOf(nodes.map((node) => boxOf(node.position, node.measured)));
    void setViewport(readableViewport(bounds, canvasSize), { duration: first ? 0 : FIT_DURATION_MS });
  }, [nodes, fitViewRequest, canvasSize, setViewport]);
}
