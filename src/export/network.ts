import type { ActivationFn, LossFn } from '../model/index.ts';

/** A dense layer with its parameters as float32; `kernel` is row-major `[units][inputs]`, Netloom's layout. */
export interface ExportDense {
  kind: 'dense';
  nodeId: string;
  inputSize: number;
  units: number;
  kernel: Float32Array;
  /** Null when the layer has `useBias: false`. */
  bias: Float32Array | null;
}

export interface ExportActivation {
  kind: 'activation';
  nodeId: string;
  fn: ActivationFn;
}

export type ExportLayer = ExportDense | ExportActivation;

/**
 * A compiled layer stack with every weight filled in: what the format writers consume. The
 * input and loss ids ride along so an export can come back into Netloom as the same graph.
 */
export interface ExportNetwork {
  name: string;
  inputId: string;
  inputSize: number;
  /** Never empty: a network without layers has nothing to export. */
  layers: ExportLayer[];
  loss: { nodeId: string; fn: LossFn };
}

/** Width of the vector the network emits. */
export function outputSize(network: ExportNetwork): number {
  const lastDense = network.layers.findLast((layer) => layer.kind === 'dense');
  return lastDense ? lastDense.units : network.inputSize;
}
