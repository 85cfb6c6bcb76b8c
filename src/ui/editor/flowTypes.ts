import type { Edge, Node } from '@xyflow/react';
import type { NodeOf, NodeType } from '../../model/index.ts';
import type { NodeAnnotation } from '../store/index.ts';

/** What a node view needs besides its model node: the compiler's verdict and widths around it. */
export interface ModelNodeData<T extends NodeType> extends Record<string, unknown> {
  node: NodeOf<T>;
  /** Compile errors naming this node, in words (empty when it is fine). */
  errors: readonly string[];
  annotation: NodeAnnotation | undefined;
  /** Widths at its input ports, in port order, once all are known. */
  inputWidths: readonly number[] | undefined;
  /** Width the node emits (for a loss: receives), when known. */
  outputWidth: number | undefined;
  hasWeights: boolean;
  /** True when this is the only selected node; a whole selection showing details would be noise. */
  showDetails: boolean;
}

/** The data of a node of any kind. */
export type AnyNodeData = { [T in NodeType]: ModelNodeData<T> }[NodeType];

/** A React Flow node: a view of one model node, keyed by the same id. */
export type ModelFlowNode = Node<AnyNodeData, NodeType>;

/** A React Flow edge: a view of one model edge, labelled with the width it carries. */
export type ModelFlowEdge = Edge<Record<string, never>>;
