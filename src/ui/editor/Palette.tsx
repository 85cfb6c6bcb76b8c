import { useReactFlow, useStoreApi } from '@xyflow/react';
import { NODE_SPECS, NODE_TYPES, type NodeType } from '../../model/index.ts';
import { addNodeAt } from '../store/editorActions.ts';
import { getModel } from '../store/index.ts';
import { getViewState } from '../store/viewStore.ts';
import { PALETTE_DRAG_TYPE } from './paletteDrag.ts';
import { inView, newNodeSize, roomFor, takenBox, visibleArea } from './placement.ts';
import './palette.css';

/**
 * The node kinds: drag one onto the canvas, or click it (or press Enter) to add it where the
 * view has room (see `roomFor`). Each button is named by the kind alone and described by the line under it, which
 * sits outside the button (a name must contain all of a control's visible text); the button's
 * hit area covers the whole card.
 */
export function Palette() {
  const flowStore = useStoreApi();
  const { setCenter } = useReactFlow();

  const addWhereThereIsRoom = (type: NodeType) => {
    const { transform, width, height } = flowStore.getState();
    const { measured } = getViewState();
    const taken = getModel().nodes.flatMap((node) => (node.position ? [takenBox(node.type, node.position, measured.get(node.id))] : []));
    const view = visibleArea(transform, width, height);
    const size = newNodeSize(type);
    const spot = roomFor(view, taken, size);
    addNodeAt(type, spot);
    // A full view: the node went beside the graph; bring it into view.
    if (!inView(spot, size, view)) void setCenter(spot.x + size.width / 2, spot.y + size.height / 2, { zoom: transform[2], duration: 250 });
  };

  return (
    <nav className="palette" aria-label="Palette">
      <h2 className="panel-title">Blocks</h2>
      <ul className="palette__items">
        {NODE_TYPES.map((type) => (
          <li key={type} className={`palette__item kind--${NODE_SPECS[type].category}`}>
            <button
              type="button"
              className="palette__name"
              title={NODE_SPECS[type].description}
              draggable
              aria-describedby={`palette-hint-${type}`}
              onDragStart={(event) => {
                event.dataTransfer.setData(PALETTE_DRAG_TYPE, type);
                event.dataTransfer.effectAllowed = 'move';
              }}
              onClick={() => addWhereThereIsRoom(type)}
            >
              {NODE_SPECS[type].label}
            </button>
            <span className="palette__description" id={`palette-hint-${type}`}>
              {NODE_SPECS[type].description}
            </span>
          </li>
        ))}
      </ul>
      <p className="palette__hint">
        Drag a block onto the canvas, or press Enter on it. Wire a node’s right dot to the next node’s left dot. Select
        and press Delete to remove.
      </p>
    </nav>
  );
}
