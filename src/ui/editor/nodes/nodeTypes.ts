import type { NodeTypes } from '@xyflow/react';
import { NODE_TYPES } from '../../../model/index.ts';
import { ModelNodeView } from './ModelNodeView.tsx';

/** One view per node kind of the model registry; defined once at module scope so React Flow never remounts nodes. */
export const nodeTypes: NodeTypes = Object.fromEntries(NODE_TYPES.map((type) => [type, ModelNodeView]));
