import type { z } from 'zod';

/** What the model layer knows about one kind of node: its ports, defaults, params and shape rule. */
export interface NodeSpec<TType extends string, TParams> {
  type: TType;
  /** The name people see in the palette and on the node. */
  label: string;
  /** Whether the node accepts an incoming edge / emits an outgoing one. */
  ports: { input: boolean; output: boolean };
  defaultParams: TParams;
  paramsSchema: z.ZodType<TParams>;
  /**
   * The width of the vector the node emits, given the width it receives (undefined for an
   * input node, which receives nothing). Loss nodes emit nothing and return 0.
   */
  outputSize(params: TParams, inputSize: number | undefined): number;
}
