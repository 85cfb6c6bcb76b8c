import { z } from 'zod';
import type { KerasReading } from './exportForms.ts';
import type { OpNodeSpec, PortInput } from './nodeSpec.ts';

/** The most branches one merge node joins: plenty for a drawn graph, and a bound on its ports. */
export const MAX_MERGE_INPUTS = 64;

const inputsMessage = `expected a whole number of inputs from 2 to ${MAX_MERGE_INPUTS}`;

/** The `inputs` parameter every merge node shares: how many input ports it has. */
export const mergeParamsSchema = z.looseObject({
  inputs: z.number({ error: inputsMessage }).int(inputsMessage).min(2, inputsMessage).max(MAX_MERGE_INPUTS, inputsMessage),
});
export type MergeParams = z.infer<typeof mergeParamsSchema>;

/** What the merge kinds share: their ports come from `inputs`, they own no tensors. */
export const mergeNodeBase = {
  category: 'merge',
  defaultParams: { inputs: 2 },
  paramsSchema: mergeParamsSchema,
  fields: [{ key: 'inputs', label: 'Inputs', kind: 'integer', unit: 'inputs', min: 2 }],
  inputPorts: (params: MergeParams) => params.inputs,
  hasOutput: true,
  keepsWidth: false,
  tensorNames: [],
  tensors: () => [],
} as const satisfies Partial<OpNodeSpec<string, MergeParams>>;

/** `8 from "h1" (in0)`: one port's input, as width messages name it. */
export function describePortInput(input: PortInput): string {
  return `${input.width} from "${input.source}" (${input.port})`;
}

/** A Keras merge layer's params: as many input ports as the layer has inputs. */
export function readMergeParams(inputWidths: readonly number[]): KerasReading<MergeParams> {
  return { ok: true, params: { inputs: inputWidths.length } };
}
