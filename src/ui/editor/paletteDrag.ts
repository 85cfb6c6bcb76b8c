import { NODE_TYPES, type NodeType } from '../../model/index.ts';

/** The drag data type that marks a palette item (files dropped on the canvas carry "Files"). */
export const PALETTE_DRAG_TYPE = 'application/x-netloom-node';

export function paletteTypeOf(data: Pick<DataTransfer, 'getData'>): NodeType | null {
  const type = data.getData(PALETTE_DRAG_TYPE);
  return (NODE_TYPES as string[]).includes(type) ? (type as NodeType) : null;
}
