import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow, useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { NODE_SPECS, specOf } from '../../model/index.ts';
import { importFiles } from '../import/importFlow.ts';
import { useCompileResult } from '../store/compileModel.ts';
import { addNodeAt } from '../store/editorActions.ts';
import { useModel } from '../store/index.ts';
import { updateView, useViewValue } from '../store/viewStore.ts';
import { ConnectMenu } from './ConnectMenu.tsx';
import { ConnectionHint } from './ConnectionHint.tsx';
import { createFlowEdgeDeriver, createFlowNodeDeriver } from './flowElements.ts';
import {
  deleteAndRefocus,
  handleEdgeChanges,
  handleNodeChanges,
  isValidConnection,
  onConnect,
  onConnectEnd,
  onConnectStart,
  onDelete,
} from './flowHandlers.ts';
import type { ModelFlowEdge, ModelFlowNode } from './flowTypes.ts';
import { nodeTypes } from './nodes/nodeTypes.ts';
import { PALETTE_DRAG_TYPE, paletteTypeOf } from './paletteDrag.ts';
import { centredAt } from './placement.ts';
import { useReadableFit } from './useReadableFit.ts';

const DELETE_KEYS = ['Delete', 'Backspace'];
/** Right-angled wires read well along a stack and between wrapped rows. */
const EDGE_OPTIONS = { type: 'smoothstep' };

const minimapNodeClass = (node: ModelFlowNode) => `minimap-node kind--${NODE_SPECS[node.type].category}`;

const NODE_KEYS =
  'Press Enter or Space to select the node, then the arrow keys to move it (with Shift, farther). Press C to connect its output to another node, Delete to remove it, Escape to deselect it.';
/**
 * What a screen reader says on a focused node or wire: our keys as well as React Flow's. React
 * Flow 12 reads the node text from `keyboardDisabled` while the keyboard is on (the two names
 * are swapped in its A11yDescriptions), so both say the same.
 */
const ARIA_LABEL_CONFIG = {
  'node.a11yDescription.default': NODE_KEYS,
  'node.a11yDescription.keyboardDisabled': NODE_KEYS,
  'edge.a11yDescription.default': 'Press Delete to remove the wire, Enter or Space to select it, Escape to deselect it.',
};

/** On a canvas smaller than this the overview would cover the graph it shows. */
const MINIMAP_ROOM = { width: 560, height: 420 };

/** The React Flow canvas: a view of the model document, editing it only through store actions. */
export function Canvas() {
  const model = useModel();
  const view = useViewValue((state) => state);
  const [deriveNodes] = useState(createFlowNodeDeriver);
  const [deriveEdges] = useState(createFlowEdgeDeriver);
  const result = useCompileResult();
  const nodes = useMemo(() => deriveNodes(model, result, view), [deriveNodes, model, result, view]);
  const edges = useMemo(
    () => deriveEdges(model, result, view.selectedEdgeIds),
    [deriveEdges, model, result, view.selectedEdgeIds],
  );
  const { screenToFlowPosition } = useReactFlow();
  const canvasRef = useRef<HTMLDivElement>(null);
  useReadableFit(nodes, view.fitViewRequest, view.canvasSize);

  // Layouts (templates, Tidy layout) are shaped to the canvas: keep its size at hand.
  useEffect(() => {
    const element = canvasRef.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      if (width > 0 && height > 0) updateView({ canvasSize: { width: Math.round(width), height: Math.round(height) } });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const onDragOver = (event: DragEvent) => {
    const types = event.dataTransfer.types;
    if (!types.includes(PALETTE_DRAG_TYPE) && !types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = types.includes('Files') ? 'copy' : 'move';
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const files = [...event.dataTransfer.files];
    if (files.length > 0) {
      void importFiles(files);
      return;
    }
    const type = paletteTypeOf(event.dataTransfer);
    if (type) addNodeAt(type, centredAt(screenToFlowPosition({ x: event.clientX, y: event.clientY })));
  };

  // Keys on a focused node or wire (React Flow's own: Enter selects, arrows move the selection).
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const id = target.dataset.id;
    if (id === undefined || event.ctrlKey || event.metaKey || event.altKey) return;
    const isNode = target.matches('.react-flow__node');
    const nothingSelected = view.selectedNodeIds.length === 0 && view.selectedEdgeIds.length === 0;
    if (DELETE_KEYS.includes(event.key) && (isNode || target.matches('.react-flow__edge')) && nothingSelected) {
      // Delete on a focused node or wire, with nothing selected, removes that one; with a selection, the selection goes.
      event.preventDefault();
      event.stopPropagation();
      deleteAndRefocus(isNode ? [id] : [], isNode ? [] : [id]);
      return;
    }
    // C: "Connect to…" from the node's output (a loss, which has none: "Connect from…" into it).
    const node = isNode && event.key.toLowerCase() === 'c' ? model.nodes.find((candidate) => candidate.id === id) : undefined;
    if (!node) return;
    event.preventDefault();
    updateView({
      connectMenu: specOf(node).hasOutput ? { nodeId: node.id, handle: 'source', port: 'out' } : { nodeId: node.id, handle: 'target', port: 'in0' },
    });
  };

  return (
    <div ref={canvasRef} className="canvas" onDragOver={onDragOver} onDrop={onDrop} onKeyDown={onKeyDown}>
      <ReactFlow<ModelFlowNode, ModelFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={handleNodeChanges}
        onEdgesChange={handleEdgeChanges}
        onConnect={onConnect}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        onDelete={onDelete}
        // The Connect menu is placed beside its handle: once the view moves, it would be left behind.
        onMoveStart={() => view.connectMenu && updateView({ connectMenu: null })}
        isValidConnection={isValidConnection}
        deleteKeyCode={DELETE_KEYS}
        minZoom={0.1}
        panOnScroll
        defaultEdgeOptions={EDGE_OPTIONS}
        aria-label="Network graph"
        ariaLabelConfig={ARIA_LABEL_CONFIG}
        // Focus lands here (not on the page) once the last node is deleted.
        tabIndex={-1}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
        <Controls position="bottom-left" />
        {view.canvasSize && view.canvasSize.width >= MINIMAP_ROOM.width && view.canvasSize.height >= MINIMAP_ROOM.height && (
          <MiniMap position="bottom-right" pannable zoomable ariaLabel="Overview of the graph" nodeClassName={minimapNodeClass} />
        )}
        <ConnectionHint />
        <ConnectMenu />
        {model.nodes.length === 0 && (
          <p className="canvas-empty">Drag blocks from the palette here, pick a network from Templates, or import one.</p>
        )}
      </ReactFlow>
    </div>
  );
}
