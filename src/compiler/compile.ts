import { DATASETS, knownDatasetInfo, parameterCount, portName, specOf, TRAINING_DEFAULTS, type NetloomModel } from '../model/index.ts';
import { checkBatchSize } from './checkBatchSize.ts';
import { checkBudget } from './checkBudget.ts';
import { checkDataset } from './checkDataset.ts';
import { checkHead } from './checkHead.ts';
import { checkStructure } from './checkStructure.ts';
import { checkWeights } from './checkWeights.ts';
import { inferShapes, type ShapeInference } from './inferShapes.ts';
import { assignPorts, type PortAssignment } from './ports.ts';
import { buildGraph, nodesOfType, topologicalOrder, type Graph } from './topology.ts';
import type { CompiledNetwork, CompiledOp, CompileOptions, CompileResult } from './types.ts';

/**
 * Turns the model's graph into the op graph the engine runs, or every error found, each
 * naming its node ids. Linear in the size of the graph: the editor calls it after every edit.
 */
export function compile(model: NetloomModel, options: CompileOptions = {}): CompileResult {
  const graph = buildGraph(model);
  const ports = assignPorts(graph);
  const inferred = inferShapes(graph, ports);
  // A model that names no data is checked against none; one whose data is a table's columns, once the table is read.
  const dataset = options.dataset ?? (model.training?.dataset === undefined ? undefined : knownDatasetInfo(model.training));
  const batchSize = options.batchSize ?? model.training?.batchSize;
  const errors = [
    ...checkStructure(graph),
    ...ports.errors,
    ...inferred.errors,
    ...checkWeights(model, graph, inferred),
    ...checkHead(graph),
    ...(dataset ? checkDataset(graph, ports, inferred, typeof dataset === 'string' ? DATASETS[dataset] : dataset) : []),
    ...(batchSize === undefined ? [] : checkBatchSize(graph, batchSize)),
    ...checkBudget(graph, inferred, batchSize ?? TRAINING_DEFAULTS.batchSize),
  ];
  const facts = { shapes: inferred.shapes, inputWidths: inferred.inputWidths, edgePorts: edgePorts(model, ports) };
  if (errors.length > 0) return { ok: false, errors, ...facts };
  return { ok: true, network: toNetwork(model, graph, ports, inferred), ...facts };
}

/** The port each document edge was put on, by edge index. */
function edgePorts(model: NetloomModel, { ports }: PortAssignment): (string | undefined)[] {
  const result = new Array<string | undefined>(model.edges.length).fill(undefined);
  for (const slots of ports.values()) slots.forEach((edge, index) => edge && (result[edge.index] = portName(index)));
  return result;
}

/**
 * The ops in topological order with what each reads and writes; only called once no check
 * failed, so every node lies between the one input and the one loss and every width is known.
 */
function toNetwork(model: NetloomModel, graph: Graph, { ports }: PortAssignment, { shapes, inputWidths }: ShapeInference): CompiledNetwork {
  const input = nodesOfType(graph, 'input')[0]!;
  const loss = nodesOfType(graph, 'loss')[0]!;
  const depths = new Map<string, number>([[input.id, 0]]);
  const ops: CompiledOp[] = [];
  let totalParams = 0;
  for (const id of topologicalOrder(graph)) {
    const node = graph.nodes.get(id)!;
    if (node.type === 'input' || node.type === 'loss') continue;
    const inputs = ports.get(id)!.map((edge) => edge!.source);
    const widths = inputWidths.get(id)!;
    depths.set(id, 1 + Math.max(...inputs.map((source) => depths.get(source)!)));
    const paramCount = parameterCount(specOf(node).tensors(widths, node.params));
    const weights = model.weights && Object.hasOwn(model.weights, id) ? model.weights[id] : undefined;
    totalParams += paramCount;
    ops.push({
      nodeId: id,
      node,
      inputs,
      inputWidths: widths,
      width: shapes.get(id)!,
      depth: depths.get(id)!,
      consumers: graph.next.get(id)!,
      paramCount,
      ...(weights ? { weights } : {}),
    });
  }
  const output = ports.get(loss.id)![0]!.source;
  return {
    inputId: input.id,
    inputSize: input.params.size,
    ops,
    output,
    outputSize: shapes.get(output)!,
    loss: { nodeId: loss.id, fn: loss.params.fn },
    totalParams,
  };
}
