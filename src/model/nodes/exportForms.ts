import type { z } from 'zod';

/*
 * How a node kind leaves Netloom (and comes back): plain data that the format writers in
 * `src/export` turn into files. A kind's spec (`nodes/<kind>.ts`) carries its forms, one per
 * format, and imports nothing from `src/export` or any format library; the writers are
 * generic walkers over the compiled op graph, so adding a kind never touches them.
 *
 * The pattern, for a kind that owns tensors (BatchNorm as the example, `nodes/batchNorm.ts`):
 * - a form names the format's layer or op and its attributes from the node's params
 *   (`BatchNormalization`, `{epsilon, momentum}`);
 * - it lists the tensors the format stores, in the format's order and under the format's
 *   names, each pointing at one of the spec's `TensorSpec`s (Keras: gamma, beta,
 *   moving_mean, moving_variance; ONNX: the `scale`, `B`, `mean`, `var` inputs in that order);
 * - a layout that differs from the model's is an axis permutation (`axes`), never a
 *   function: the writer permutes on the way out and the importer, knowing the same
 *   permutation, checks the declared shape and permutes back (Keras' Dense kernel is `[1, 0]`);
 * - a kind that is the identity at inference (Dropout) writes Keras' own layer and an ONNX
 *   `Identity`;
 * - a kind the format computes in several steps writes several ONNX nodes joined by values
 *   local to the node (`{value: 'sum1'}`), the last node writing the kind's output.
 * PyTorch is one more key of `ExportForms`, filled in by every kind: a `torch.nn` module with its
 * state-dict entries, or an expression of the inputs (see `PytorchForm`); where `torch.nn`'s
 * module trains differently (BatchNorm1d's running variance), the form defines a small
 * subclass for the script, and it names the buffers no tensor holds as constants.
 */

/** What a form knows about the node it writes: its id, params and the widths around it. */
export interface FormNode<P> {
  nodeId: string;
  params: P;
  /** Width of each input, in port order. */
  inputWidths: readonly number[];
  /** Width of its output. */
  width: number;
}

/**
 * One of the node's tensors as a format stores it. `axes` is the format's axis order as a
 * permutation of the model's: format axis i is model axis `axes[i]` (omitted: the model's own).
 */
export interface FormWeight {
  /** The name in the format: Keras `<layer>/<name>`, ONNX initializer `<node id>/<name>`. */
  name: string;
  /** The `TensorSpec.name` it holds. */
  tensor: string;
  axes?: readonly number[];
}

/** The Keras (TF.js Layers) layer a node becomes. */
export interface KerasLayerForm {
  className: string;
  /** The class's own config fields; the writer adds `name`, `trainable`, `dtype` and input shapes. */
  config: Readonly<Record<string, unknown>>;
  /** Its weights in the order Keras lists them (TF.js loads them by name, Keras by position). */
  weights: readonly FormWeight[];
  /**
   * True when the layer applies an `activation` of its own (config.activation, written as
   * "linear"): the writer folds in the activation that is the only reader of its output.
   */
  appliesActivation?: boolean;
}

/** What a Keras layer's config means as this kind's params, or why it cannot be read. */
export type KerasReading<P> =
  | {
      ok: true;
      params: P;
      /** The Keras activation the layer applies itself (layers with `appliesActivation`), e.g. "relu". */
      activation?: string;
    }
  | { ok: false; message: string };

/** Reads one Keras class's config (as the file has it) given the widths reaching the layer. */
export type KerasReader<P> = (config: Readonly<Record<string, unknown>>, inputWidths: readonly number[]) => KerasReading<P>;

/** How a kind is written as, and read back from, a Keras layer. */
export interface KerasForm<P> {
  layer(node: FormNode<P>): KerasLayerForm;
  /** The Keras classes this kind reads back, by class name (`Dense`; `Activation` and `LeakyReLU`). */
  readers: Readonly<Record<string, KerasReader<P>>>;
  /**
   * Element-wise functions another layer can apply by name (a Dense's `activation`): the
   * names Keras knows, the name for these params (undefined: it needs a layer of its own),
   * and the params for a name (undefined: not one of `names`).
   */
  activation?: {
    names: readonly string[];
    name(params: P): string | undefined;
    params(name: string): P | undefined;
  };
}

/** An input of an ONNX node: one of the kind's input ports, one of its weights (by `FormWeight.name`), or a value an earlier node of the same form wrote. */
export type OnnxOperand = { port: number } | { weight: string } | { value: string };

export type OnnxAttribute = { int: number } | { float: number } | { ints: readonly number[] };

export interface OnnxNodeForm {
  opType: string;
  inputs: readonly OnnxOperand[];
  attributes?: Readonly<Record<string, OnnxAttribute>>;
  /** The value it writes, local to the form, for a later node to read; omitted on the last node, which writes the kind's output. */
  output?: string;
}

/** The ONNX nodes a node becomes (in order, at opset 17) and the initializers they read. */
export interface OnnxForm {
  nodes: readonly OnnxNodeForm[];
  initializers: readonly FormWeight[];
}

/** A value a PyTorch form writes into the script: a number, `True`/`False`, or a string literal. */
export type PythonValue = number | boolean | string;

/**
 * A state-dict entry of a module that no Netloom tensor holds (BatchNorm1d's
 * `num_batches_tracked`, a count Netloom does not keep). `Net` loads its state dict strictly,
 * so the script writes it too, as `torch.tensor(value, dtype=torch.<dtype>)`.
 */
export interface PytorchConstant {
  /** The entry's name within the module, as in `stateDict`. */
  name: string;
  value: number;
  dtype: 'int64' | 'float32';
}

/**
 * The PyTorch code a node becomes in an exported script's `Net`, one of:
 * - `module`: a module built in `__init__` as `self.<node> = <class>(args…, kwargs…)` and applied
 *   to the node's one input in `forward`. The class is `torch.nn`'s (`className` `Linear` is
 *   written `nn.Linear`), or one the script defines when the form gives its `definition`: a
 *   small subclass where `torch.nn`'s own would not compute what Netloom does (BatchNorm's, in
 *   `nodes/batchNorm.ts`). `stateDict` names its entries (parameters and buffers alike), each
 *   holding one of the spec's tensors (Linear: `weight` is the kernel as stored, since PyTorch
 *   keeps `[out, in]` too; LayerNorm: `weight` ← gamma and `bias` ← beta); `constants` are the
 *   entries no tensor holds. A Dropout is `nn.Dropout(rate)`: the identity once `Net` is in eval
 *   mode, as in Netloom's predict, but its masks in training come from torch's generator, not
 *   Netloom's;
 * - `sum`: the inputs added in port order, `a + b + c` (the engine's order of additions);
 * - `function`: a torch function of the list of inputs, `torch.cat([a, b], dim=1)`.
 */
export type PytorchForm =
  | {
      kind: 'module';
      className: string;
      /**
       * The Python source of class `className` (`class <className>(nn.…):` at column 0, with a
       * docstring saying how it differs from `torch.nn`'s), written once before `Net`. Omitted
       * for `torch.nn`'s own classes.
       */
      definition?: string;
      args?: readonly PythonValue[];
      kwargs?: Readonly<Record<string, PythonValue>>;
      stateDict: readonly FormWeight[];
      constants?: readonly PytorchConstant[];
    }
  | { kind: 'sum' }
  | { kind: 'function'; name: string; kwargs: Readonly<Record<string, PythonValue>> };

/** Every format a node kind between the input and the loss must have a form for. */
export interface ExportForms<P> {
  keras: KerasForm<P>;
  onnx(node: FormNode<P>): OnnxForm;
  pytorch(node: FormNode<P>): PytorchForm;
  /**
   * Params no format has a field for, which only Netloom uses (a dense node's `init`: how it
   * draws weights that the export carries anyway). A TF.js export keeps them in Netloom's own
   * metadata, so a Netloom → TF.js → Netloom round trip gives them back.
   */
  netloomParams?: readonly (keyof P & string)[];
}

/** `{port: 0}, {port: 1}, …`: every input port of a node, in order. */
export function everyPort(inputWidths: readonly number[]): OnnxOperand[] {
  return inputWidths.map((_, port) => ({ port }));
}

/** A Keras config checked against `schema`, or the first problem as `config.<field>: <message>`. */
export function readKerasConfig<C>(schema: z.ZodType<C>, config: unknown): { ok: true; value: C } | { ok: false; message: string } {
  const result = schema.safeParse(config);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, message: `config.${issue.path.join('.')}: ${issue.message}` };
}
