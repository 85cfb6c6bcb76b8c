import { useStoreApi } from '@xyflow/react';
import { NODE_SPECS, NODE_TYPES, type NodeType } from '../../model/index.ts';
import { addNodeAt } from '../store/editorActions.ts';
import { getModel } from '../store/index.ts';
import { PALETTE_DRAG_TYPE } from './paletteDrag.ts';
import { centredAt, freeSpot, viewCentre } from './placement.ts';

/** The node kinds: drag one onto the canvas, or click it (or press Enter) to add it in the middle of the view. */
export function Palette() {
  const flowStore = useStoreApi();

  const addAtViewCentre = (type: NodeType) => {
    const { transform, width, height } = flowStore.getState();
    const occupied = getModel().nodes.flatMap((node) => (node.position ? [node.position] : []));
    addNodeAt(type, freeSpot(centredAt(viewCentre(transform, width, height)), occupied));
  };

  return (
    <nav className="palette" aria-label="Palette">
      <h2 className="panel-title">Blocks</h2>
      <ul className="palette__items">
        {NODE_TYPES.map((type) => (
          <li key={type}>
            <button
              type="button"
              className={`palette__item kind--${NODE_SPECS[type].category}`}
              draggable
              aria-label={NODE_SPECS[type].label}
              aria-describedby={`palette-hint-${type}`}
              onDragStart={(event) => {
                event.dataTransfer.setData(PALETTE_DRAG_TYPE, type);
                event.dataTransfer.effectAllowed = 'move';
              }}
              onClick={() => addAtViewCentre(type)}
            >
              <span className="palette__name">{NODE_SPECS[type].label}</span>
              <span className="palette__description" id={`palette-hint-${type}`}>
                {NODE_SPECS[type].description}
              </span>
            </button>
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
