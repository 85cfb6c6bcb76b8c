import { DATASETS, denseParamCount, type NetloomModel } from '../model/index.ts';
import { checkDataset } from './checkDataset.ts';
import { checkHead } from './checkHead.ts';
import { checkStructure } from './checkStructure.ts';
import { checkWeights } from './checkWeights.ts';
import { inferShapes, type ShapeInference } from './inferShapes.ts';
import { buildGraph, nodesOfType, successors, type Graph } from './topology.ts';
import type { CompiledLayer, CompiledNetwork, CompileOptions, CompileResult } from './types.ts';

/**
 * Turns the model's graph into the layer stack the engine runs, or every error found, each
 * naming its node ids. Linear in the size of the graph: the editor calls it after every edit.
 */
export function compile(model: NetloomModel, options: CompileOptions = {}): CompileResult {
  const graph = buildGraph(model);
  const inferred = inferShapes(graph);
  const datasetName = options.dataset ?? model.training?.dataset;
  const errors = [
    ...checkStructure(graph),
    ...inferred.errors,
    ...checkWeights(model, graph, inferred),
    ...checkHead(graph),
    ...(datasetName ? checkDataset(graph, inferred, DATASETS[datasetName]) : []),
  ];
  if (errors.length > 0) return { ok: false, errors, shapes: inferred.shapes };
  return { ok: true, network: toNetwork(model, graph, inferred), shapes: inferred.shapes };
}

/** Walks the single chain from the input to the loss; only called once no check has failed. */
function toNetwork(model: NetloomModel, graph: Graph, { shapes, received }: ShapeInference): CompiledNetwork {
  const input = nodesOfType(graph, 'input')[0]!;
  const layers: CompiledLayer[] = [];
  const paramCounts: Record<string, number> = {};
  let id = successors(graph, input.id)[0]!;
  let node = graph.nodes.get(id)!;
  while (node.type !== 'loss') {
    if (node.type === 'dense') {
      const inputSize = received[id]!;
      const weights = model.weights?.[id];
      layers.push({
        kind: 'dense',
        nodeId: id,
        inputSize,
        units: node.params.units,
        useBias: node.params.useBias !== false,
        ...(weights ? { weights } : {}),
      });
      paramCounts[id] = denseParamCount(inputSize, node.params);
    } else if (node.type === 'activation') {
      layers.push({ kind: 'activation', nodeId: id, fn: node.params.fn, size: shapes[id]! });
    }
    id = successors(graph, id)[0]!;
    node = graph.nodes.get(id)!;
  }
  const totalParams = Object.values(paramCounts).reduce((sum, n) => sum + n, 0);
  return {
    inputId: input.id,
    inputSize: input.params.size,
    layers,
    loss: { nodeId: id, fn: node.params.fn },
    outputSize: shapes[id]!,
    paramCounts,
    totalParams,
  };
}
