import type { NodeTypes } from '@xyflow/react';
import type { NodeType } from '../../../model/index.ts';
import { ActivationNode } from './ActivationNode.tsx';
import { DenseNode } from './DenseNode.tsx';
import { InputNode } from './InputNode.tsx';
import { LossNode } from './LossNode.tsx';

/** One view per node kind of the model registry; defined once so React Flow never remounts nodes. */
export const nodeTypes = {
  input: InputNode,
  dense: DenseNode,
  activation: ActivationNode,
  loss: LossNode,
} satisfies Record<NodeType, unknown> as NodeTypes;
