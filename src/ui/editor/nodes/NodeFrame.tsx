import { Handle, Position } from '@xyflow/react';
import { useId, type ReactNode } from 'react';
import { NODE_SPECS } from '../../../model/index.ts';
import type { AnyNodeData } from '../flowTypes.ts';
import { NodeCallout } from './NodeCallout.tsx';

/**
 * The shell every node view shares: kind and id, handles where the kind has ports, the
 * parameter fields, details while it is the only node selected, compile errors in words, and
 * an annotation as a callout below the node.
 */
export function NodeFrame({
  data,
  details,
  children,
}: {
  data: AnyNodeData;
  /** One line shown while the node is the only one selected, e.g. "2 → 8 · 24 parameters". */
  details: string;
  children: ReactNode;
}) {
  const { node, errors, annotation, showDetails } = data;
  const calloutId = useId();
  const spec = NODE_SPECS[node.type];
  const classes = ['model-node', `model-node--${node.type}`];
  if (errors.length > 0) classes.push('model-node--invalid');
  else if (annotation) classes.push(`model-node--${annotation.tone}`);
  return (
    <div
      className={classes.join(' ')}
      role="group"
      aria-label={`${spec.label} ${node.id}`}
      aria-describedby={annotation ? calloutId : undefined}
    >
      {spec.ports.input && <Handle type="target" position={Position.Left} aria-label={`Input of ${node.id}`} />}
      <header className="model-node__header">
        <span className="model-node__kind">{spec.label}</span>
        <span className="model-node__id">{node.id}</span>
      </header>
      <div className="model-node__body">{children}</div>
      {showDetails && <p className="model-node__details">{details}</p>}
      {errors.map((message) => (
        <p key={message} className="model-node__message model-node__message--error">
          {message}
        </p>
      ))}
      {annotation && <NodeCallout id={calloutId} annotation={annotation} />}
      {spec.ports.output && <Handle type="source" position={Position.Right} aria-label={`Output of ${node.id}`} />}
    </div>
  );
}

/** "8 values" / "unknown width" for details lines. */
export function describeWidth(width: number | undefined): string {
  if (width === undefined) return 'width unknown';
  return width === 1 ? '1 value' : `${width} values`;
}
