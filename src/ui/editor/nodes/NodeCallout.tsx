import type { NodeAnnotation } from '../../store/index.ts';

/**
 * A note hanging below a node, e.g. the dashboard's vanishing-gradient warning. It is laid out
 * outside the node's box, so showing it neither resizes the node (React Flow would re-measure it
 * mid-training) nor pushes anything aside; it is a live region, announced when it appears.
 */
export function NodeCallout({ id, annotation }: { id: string; annotation: NodeAnnotation }) {
  return (
    <p id={id} role="status" className={`node-callout node-callout--${annotation.tone}`}>
      {annotation.message}
    </p>
  );
}
