import { specOf } from '../model/index.ts';
import type { Graph } from './topology.ts';
import type { CompileError } from './types.ts';
import { nodeName } from './wording.ts';

/**
 * Kinds that normalise over the batch (BatchNorm) need more than one row per training batch:
 * one row has no variance, so the node would output its shift alone and learn nothing.
 */
export function checkBatchSize(graph: Graph, batchSize: number): CompileError[] {
  const errors: CompileError[] = [];
  for (const node of graph.nodes.values()) {
    const needed = specOf(node).minTrainingRows ?? 1;
    if (batchSize >= needed) continue;
    errors.push({
      code: 'batch_size',
      nodeIds: [node.id],
      message:
        `${nodeName(node)} normalises each feature over the rows of a training batch, so it needs a batch size of ` +
        `at least ${needed}; the batch size is ${batchSize}`,
    });
  }
  return errors;
}
