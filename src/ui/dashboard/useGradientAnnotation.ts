import { useEffect } from 'react';
import type { GradientWarningText } from '../charts/gradientHealth.ts';
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
    setNodeAnnotations({ [firstDenseId]: { tone: 'warning', message } });
    return () => setNodeAnnotations({});
  }, [firstDenseId, message]);
}
