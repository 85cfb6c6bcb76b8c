import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { READABLE_ZOOM } from '../store/tidyLayout.ts';
import type { ModelFlowNode } from './flowTypes.ts';
import { boundsOf, boxOf, readableViewport } from './readableFit.ts';

const FIT_DURATION_MS = 250;

/**
 * Fits the graph into view (see `readableViewport`) when the canvas first has a size and again
 * on every `fitViewRequest`, once React Flow has measured every node: the first fit at once,
 * later ones animated. An empty graph is shown at `READABLE_ZOOM`.
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
    // An empty graph (New): full size, so the nodes added next are readable at once.
    if (nodes.length === 0) {
      void setViewport({ x: 0, y: 0, zoom: READABLE_ZOOM });
      return;
    }
    const bounds = boundsOf(nodes.map((node) => boxOf(node.position, node.measured)));
    void setViewport(readableViewport(bounds, canvasSize), { duration: first ? 0 : FIT_DURATION_MS });
  }, [nodes, fitViewRequest, canvasSize, setViewport]);
}
