import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow, useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useState, type DragEvent } from 'react';
import { NODE_SPECS } from '../../model/index.ts';
import { useCompileResult } from '../store/compileModel.ts';
import { addNodeAt, importModelFile } from '../store/editorActions.ts';
import { useModel } from '../store/index.ts';
import { useViewValue } from '../store/viewStore.ts';
import { ConnectionHint } from './ConnectionHint.tsx';
import { createFlowEdgeDeriver, createFlowNodeDeriver } from './flowElements.ts';
import {
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

const DELETE_KEYS = ['Delete', 'Backspace'];
const FIT_VIEW_OPTIONS = { padding: 0.08, maxZoom: 1.1, minZoom: 0.3 };
/** Right-angled wires read well along a stack and between wrapped rows. */
const EDGE_OPTIONS = { type: 'smoothstep' };

const minimapNodeClass = (node: ModelFlowNode) => `minimap-node kind--${NODE_SPECS[node.type].category}`;

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
  const { screenToFlowPosition, fitView } = useReactFlow();

  useEffect(() => {
    if (view.fitViewRequest > 0) void fitView({ ...FIT_VIEW_OPTIONS, duration: 250 });
  }, [view.fitViewRequest, fitView]);

  const onDragOver = (event: DragEvent) => {
    const types = event.dataTransfer.types;
    if (!types.includes(PALETTE_DRAG_TYPE) && !types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = types.includes('Files') ? 'copy' : 'move';
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) {
      void file.text().then((text) => importModelFile(file.name, text));
      return;
    }
    const type = paletteTypeOf(event.dataTransfer);
    if (type) addNodeAt(type, centredAt(screenToFlowPosition({ x: event.clientX, y: event.clientY })));
  };

  return (
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop}>
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
        isValidConnection={isValidConnection}
        deleteKeyCode={DELETE_KEYS}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.1}
        defaultEdgeOptions={EDGE_OPTIONS}
        aria-label="Network graph"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
        <Controls position="bottom-left" />
        <MiniMap
          position="bottom-right"
          pannable
          zoomable
          ariaLabel="Overview of the graph"
          nodeClassName={minimapNodeClass}
        />
        <ConnectionHint />
        {model.nodes.length === 0 && (
          <p className="canvas-empty">Drag blocks from the palette here, or pick a network from Templates.</p>
        )}
      </ReactFlow>
    </div>
  );
}
