import { describe, expect, it } from 'vitest';
import type { MergeParams } from './merge.ts';
import { portName, type OpNodeSpec } from './nodeSpec.ts';
import { NODE_SPECS, OP_NODE_TYPES, exportFormsOf, specOf } from './registry.ts';

/** Each op kind with every value of its choice fields (activation fn, …), its other params at their defaults, inputs 3 wide. */
const SAMPLES = OP_NODE_TYPES.flatMap((type) => {
  const spec = specOf({ type });
  const variants = spec.fields.reduce<Record<string, unknown>[]>(
    (params, field) => (field.kind === 'choice' ? params.flatMap((p) => Object.keys(field.options).map((value) => ({ ...p, [field.key]: value }))) : params),
    [{ ...spec.defaultParams }],
  );
  return variants.map((params) => {
    const inputWidths = Array.from({ length: spec.inputPorts(params) }, () => 3);
    const inputs = inputWidths.map((width, port) => ({ width, source: `s${port}`, port: portName(port) }));
    const width = spec.outputWidth(inputs, params, type);
    if (!width.ok) throw new Error(width.message);
    return { type, params, node: { nodeId: 'n', params, inputWidths, width: width.width }, tensors: spec.tensors(inputWidths, params) };
  });
});

describe('export forms, for every kind between the input and the loss', () => {
  it.each(SAMPLES)('$type $params: the Keras layer and the ONNX initializers store each of its tensors once, in a valid layout', ({ type, node, tensors }) => {
    const forms = exportFormsOf(type);
    for (const weights of [forms.keras.layer(node).weights, forms.onnx(node).initializers]) {
      expect(weights.map((weight) => weight.tensor).sort()).toEqual(tensors.map((tensor) => tensor.name).sort());
      for (const weight of weights) {
        const rank = tensors.find((tensor) => tensor.name === weight.tensor)!.shape.length;
        expect([...(weight.axes ?? [])].sort()).toEqual(weight.axes ? Array.from({ length: rank }, (_, i) => i) : []);
      }
    }
  });

  it.each(SAMPLES)('$type $params: its PyTorch module loads each of its tensors once, and every other state-dict entry as a constant', ({ type, node, tensors }) => {
    const form = exportFormsOf(type).pytorch(node);
    const { stateDict = [], constants = [] } = form.kind === 'module' ? form : {};
    expect(stateDict.map((weight) => weight.tensor).sort()).toEqual(tensors.map((tensor) => tensor.name).sort());
    const names = [...stateDict, ...constants].map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    // A class of the script's own is defined under the name the module is built with.
    if (form.kind === 'module' && form.definition !== undefined) expect(form.definition).toMatch(new RegExp(`^class ${form.className}\\(nn\\.\\w+\\):\n`));
  });

  it.each(SAMPLES)('$type $params: its Keras reader reads back the layer its form writes (params only Netloom holds aside)', ({ type, params, node }) => {
    const { keras, netloomParams = [] } = exportFormsOf(type);
    const layer = keras.layer(node);
    const read = keras.readers[layer.className]!(layer.config, node.inputWidths);
    const held = Object.fromEntries(Object.entries(params).filter(([key]) => !netloomParams.includes(key)));
    expect(read).toMatchObject({ ok: true, params: NODE_SPECS[type].paramsSchema.parse(held) });
    if (read.ok) for (const key of netloomParams) expect(read.params).not.toHaveProperty(key);
  });

  it.each(SAMPLES)('$type $params: its ONNX nodes read each port, and each local value after it is written', ({ type, node }) => {
    const { nodes, initializers } = exportFormsOf(type).onnx(node);
    const written = new Set<string>();
    const ports = new Set<number>();
    nodes.forEach((onnxNode, i) => {
      for (const operand of onnxNode.inputs) {
        if ('port' in operand) ports.add(operand.port);
        if ('value' in operand) expect(written.has(operand.value)).toBe(true);
        if ('weight' in operand) expect(initializers.map((weight) => weight.name)).toContain(operand.weight);
      }
      expect(onnxNode.output === undefined).toBe(i === nodes.length - 1);
      if (onnxNode.output !== undefined) written.add(onnxNode.output);
    });
    expect([...ports].sort()).toEqual(node.inputWidths.map((_, port) => port));
  });

  // Checked by the type checker (`npm run typecheck`, part of the build): the directive fails the build if the line compiles.
  it('a kind between the input and the loss without export forms does not compile', () => {
    const { exportForms, ...withoutForms } = NODE_SPECS.add;
    // @ts-expect-error: Property 'exportForms' is missing
    const spec: OpNodeSpec<'add', MergeParams> = withoutForms;
    expect(Object.keys(spec)).not.toContain('exportForms');
    expect(exportForms).toBe(exportFormsOf('add'));
  });
});
