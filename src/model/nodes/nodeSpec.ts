import type { z } from 'zod';

/**
 * What the model layer knows about one kind of node: its ports, defaults and params. The width
 * each kind emits is worked out by the compiler (`compiler/inferShapes.ts`), which also checks `units`.
 */
export interface NodeSpec<TType extends string, TParams> {
  type: TType;
  /** The name people see in the palette and on the node. */
  label: string;
  /** Whether the node accepts an incoming edge / emits an outgoing one. */
  ports: { input: boolean; output: boolean };
  defaultParams: TParams;
  paramsSchema: z.ZodType<TParams>;
}
