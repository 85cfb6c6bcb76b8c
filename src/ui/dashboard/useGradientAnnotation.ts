import { useEffect } from 'react';
import type { GradientWarningText } from '../charts/gradientHealth.ts';
import { queueRedraw } from '../charts/redrawQueue.ts';
import { setNodeAnnotations } from '../store/index.ts';

/**
 * Puts the gradient warning on the main run's first dense node, where the problem is, and
 * clears it when the gradient recovers or the panel goes away. The dashboard is the only
 * writer of node annotations.
 */
export function useGradientAnnotation(firstDenseId: string | undefined, warning: GradientWarningText | null) {
  const message = warning?.nodeMessage;
  useEffect(() => {
    if (!firstDenseId || !message) return;
    // In a frame of its own, like a chart redraw: the canvas re-renders and re-measures the node for it.
    const cancel = queueRedraw(() => setNodeAnnotations(new Map([[firstDenseId, { tone: 'warning', message }]])));
    return () => {
      cancel();
      setNodeAnnotations(new Map());
    };
  }, [firstDenseId, message]);
}
