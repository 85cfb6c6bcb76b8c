import { histogramOf, type NetworkProbe, type TrainingSetup } from '../engine/index.ts';
import type { NodeInspection } from './metricTypes.ts';

/** Bins of an activation's output histogram: enough to see a shape, few enough to read. */
export const HISTOGRAM_BINS = 24;

/**
 * The inspector's view of node `nodeId` in a training setup: a dense layer's kernel and bias
 * (copies, as float32), or the histogram of an activation's outputs at the probe's latest
 * sampled step. Null for any other node or an unknown id.
 */
export function inspectNode({ compiled, network, trainer }: TrainingSetup, probe: NetworkProbe, nodeId: string): NodeInspection | null {
  const op = compiled.ops.find((candidate) => candidate.nodeId === nodeId);
  if (!op) return null;
  const step = trainer.stepCount;
  switch (op.node.type) {
    case 'dense': {
      const [kernel, bias] = network.nodeTensors(nodeId);
      const [units, inputs] = kernel!.shape as [number, number];
      return { kind: 'dense', nodeId, step, kernel: Float32Array.from(kernel!.value), units, inputs, bias: bias ? Float32Array.from(bias.value) : null };
    }
    case 'activation':
      return { kind: 'activation', nodeId, step, fn: op.node.params.fn, histogram: histogramOf(probe.activationSample(nodeId), HISTOGRAM_BINS) };
    default:
      return null;
  }
}
