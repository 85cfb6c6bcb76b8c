import { Handle, Position } from '@xyflow/react';
import { useId, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { portName, specOf } from '../../../model/index.ts';
import { updateView, useViewValue } from '../../store/viewStore.ts';
import type { WireEnd } from '../connectionRefusal.ts';
import type { AnyNodeData } from '../flowTypes.ts';
import { NodeCallout } from './NodeCallout.tsx';
import { nodeWidth } from './nodeWidths.ts';
import { ProblemBadge } from './ProblemBadge.tsx';

/** Where the first input handle sits (level with the first parameter field) and the gap between ports. */
const FIRST_PORT_TOP = 40;
const PORT_PITCH = 24;

/**
 * The shell every node view shares: kind and id, one input handle per port (labelled in order
 * on a merge node) and the output handle, the parameter fields, details while it is the only
 * node selected, a badge counting its compile errors (their words on hover and focus), and an
 * annotation as a callout below the node.
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
  const spec = specOf(node);
  const ports = spec.inputPorts(node.params);
  const classes = ['model-node', `model-node--${node.type}`, `kind--${spec.category}`];
  if (ports > 1) classes.push('model-node--ports');
  if (errors.length > 0) classes.push('model-node--invalid');
  else if (annotation) classes.push(`model-node--${annotation.tone}`);
  return (
    <div
      className={classes.join(' ')}
      aria-describedby={annotation ? calloutId : undefined}
      style={{ width: nodeWidth(node.type), minHeight: ports > 1 ? FIRST_PORT_TOP + ports * PORT_PITCH : undefined }}
    >
      {Array.from({ length: ports }, (_, port) => (
        <InputPort key={port} nodeId={node.id} port={port} labelled={ports > 1} />
      ))}
      <header className="model-node__header">
        <span className="model-node__kind">{spec.label}</span>
        <span className="model-node__id">{node.id}</span>
      </header>
      <div className="model-node__body">{children}</div>
      {showDetails && <p className="model-node__details">{details}</p>}
      {errors.length > 0 && <ProblemBadge nodeId={node.id} messages={errors} />}
      {annotation && <NodeCallout id={calloutId} annotation={annotation} />}
      {spec.hasOutput && <PortHandle end={{ nodeId: node.id, handle: 'source', port: 'out' }} label={`Output of ${node.id}`} />}
    </div>
  );
}

/** Input handle `in<port>`: "Input of dense1" on a one-input node, "Input in1 of cat" with its name beside it on a merge. */
function InputPort({ nodeId, port, labelled }: { nodeId: string; port: number; labelled: boolean }) {
  const name = portName(port);
  const top = FIRST_PORT_TOP + port * PORT_PITCH;
  return (
    <>
      <PortHandle
        end={{ nodeId, handle: 'target', port: name }}
        style={{ top }}
        label={labelled ? `Input ${name} of ${nodeId}` : `Input of ${nodeId}`}
      />
      {labelled && (
        <span className="model-node__port" style={{ top }} aria-hidden="true">
          {name}
        </span>
      )}
    </>
  );
}

/**
 * A React Flow handle that is also a button: Tab reaches it, and Enter or Space opens the menu
 * of handles a wire from it can reach ("Connect to…" on an output, "Connect from…" on an input).
 */
function PortHandle({ end, label, style }: { end: WireEnd; label: string; style?: CSSProperties }) {
  const menuOpen = useViewValue(({ connectMenu }) => connectMenu?.nodeId === end.nodeId && connectMenu.port === end.port && connectMenu.handle === end.handle);
  const openConnectMenu = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    // The node around the handle would take Enter as "select me", and React Flow Space as "pan".
    event.stopPropagation();
    updateView({ connectMenu: end });
  };
  return (
    <Handle
      type={end.handle}
      id={end.port ?? undefined}
      position={end.handle === 'source' ? Position.Right : Position.Left}
      style={style}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded={menuOpen}
      onKeyDown={openConnectMenu}
    />
  );
}
