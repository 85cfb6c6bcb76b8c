import {
  BYTES_PER_VALUE,
  EVALUATION_ROWS,
  formatBytes,
  MAX_ACTIVATION_BYTES,
  MAX_JSON_FILE_BYTES,
  MAX_PARAMETERS,
  parameterCount,
  specOf,
} from '../model/index.ts';
import type { ShapeInference } from './inferShapes.ts';
import type { Graph } from './topology.ts';
import type { CompileError } from './types.ts';
import { grouped, nodeName } from './wording.ts';

/**
 * Refuses a network the engine could not allocate, with the numbers: more parameters than
 * `MAX_PARAMETERS`, or more activation memory than `MAX_ACTIVATION_BYTES` for `batchSize` rows
 * (at least `EVALUATION_ROWS`): the output and the gradient of every node, and one more buffer
 * for each extra reader of a value. Counts only nodes whose widths are known. Each error is put
 * on the node that weighs most, so the editor shows it where a change helps most.
 */
export function checkBudget(graph: Graph, { shapes, inputWidths }: ShapeInference, batchSize: number): CompileError[] {
  const params: [string, number][] = [];
  const perRow: [string, number][] = [];
  for (const node of graph.nodes.values()) {
    const width = shapes.get(node.id);
    const widths = inputWidths.get(node.id);
    if (widths) {
      const count = parameterCount(specOf(node).tensors(widths, node.params));
      if (count > 0) params.push([node.id, count]);
    }
    if (width === undefined || node.type === 'loss') continue;
    const readers = graph.next.get(node.id)!.length;
    // The input's values are the caller's and need no gradient.
    perRow.push([node.id, width * (node.type === 'input' ? 1 : 1 + Math.max(readers, 1))]);
  }
  const errors: CompileError[] = [];
  const totalParams = sum(params);
  if (totalParams > MAX_PARAMETERS) {
    const [id, count] = largestOf(params);
    errors.push({
      code: 'too_large',
      nodeIds: [id],
      message:
        `the network has ${grouped.format(totalParams)} parameters, over the ${grouped.format(MAX_PARAMETERS)} Netloom can train ` +
        `and save in a file it reads back (${formatBytes(MAX_JSON_FILE_BYTES)}); the largest is ${describe(graph, id, count)}: use fewer or narrower layers`,
    });
  }
  const rows = Math.max(batchSize, EVALUATION_ROWS);
  const values = sum(perRow);
  const bytes = values * rows * BYTES_PER_VALUE;
  if (bytes > MAX_ACTIVATION_BYTES) {
    const [id, count] = largestOf(perRow);
    const batch = batchSize > EVALUATION_ROWS ? `batches of ${grouped.format(batchSize)} samples` : `${EVALUATION_ROWS} samples at once`;
    errors.push({
      code: 'too_large',
      nodeIds: [id],
      message:
        `the outputs and gradients of its ${grouped.format(perRow.length)} nodes take ${grouped.format(values)} values per sample: ` +
        `${formatBytes(bytes)} for ${batch}, over the ${formatBytes(MAX_ACTIVATION_BYTES)} Netloom allows; the widest is ${describe(graph, id, count)}: ` +
        `use fewer or narrower layers${batchSize > EVALUATION_ROWS ? ', or a smaller batch' : ''}`,
    });
  }
  return errors;
}

function sum(entries: readonly [string, number][]): number {
  let total = 0;
  for (const [, n] of entries) total += n;
  return total;
}

/** The entry with the largest count (the first of equals, in document order). */
function largestOf(entries: readonly [string, number][]): [string, number] {
  let largest = entries[0]!;
  for (const entry of entries) if (entry[1] > largest[1]) largest = entry;
  return largest;
}

/** `Dense node "dense1" (8,000,000,008)` */
function describe(graph: Graph, id: string, count: number): string {
  return `${nodeName(graph.nodes.get(id)!)} (${grouped.format(count)})`;
}
