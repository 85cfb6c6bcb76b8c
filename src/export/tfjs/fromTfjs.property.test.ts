import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activation, add, concatenate, dense, graph, input, loss } from '../../compiler/testModels.ts';
import { compile } from '../../compiler/index.ts';
import { loadModel, LOSS_FNS, serializeModel, type LossFn, type NetloomModel } from '../../model/index.ts';
import { ImportError, importTfjs } from '../index.ts';
import type { KerasLayerJson, TfjsWeightSpec } from './format.ts';
import { exported } from './tfjsTestFiles.ts';

// Fixed seeds keep `npm test` deterministic; raise numRuns (and drop the seeds) locally for a
// deeper search. The timeout is a guard against a hang, not a speed target.
const HANG_GUARD_MS = 60_000;

type Step =
  | { kind: 'dense'; from: number; units: number; wide: boolean; activation: string | null; useBias: boolean }
  | { kind: 'activation'; from: number; activation: string }
  | { kind: 'leaky'; from: number; alpha: number | null }
  | { kind: 'Add' | 'Concatenate'; from: number[]; axis: number }
  | { kind: 'other'; from: number; className: string };

/** A Keras model to generate: its steps, Sequential or functional, how its weights are named, and Netloom metadata naming a loss. */
interface Recipe {
  inputs: number;
  steps: Step[];
  sequential: boolean;
  weights: 'plain' | 'keras3' | 'transposed' | 'missing';
  metadataLoss: LossFn | null;
}

/** Mostly what Netloom reads, sometimes not: so that both outcomes of the property are common. */
const rarely = <T,>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: usual }, { weight: 1, arbitrary: odd });
const kerasActivation = rarely(fc.constantFrom('relu', 'sigmoid', 'tanh', 'linear', 'softmax'), fc.constantFrom('elu', 'selu'));
/** Which earlier layer a step reads, counted back from the last (0, the most likely, is the last). */
const source = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.nat({ max: 20 }) });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('dense' as const), from: source, units: fc.integer({ min: 1, max: 6 }), wide: fc.boolean(), activation: fc.oneof(fc.constant(null), kerasActivation), useBias: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('activation' as const), from: source, activation: kerasActivation }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('leaky' as const), from: source, alpha: rarely(fc.constant(0.01), fc.constantFrom(0.3, null)) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('Add' as const, 'Concatenate' as const), from: fc.array(source, { minLength: 1, maxLength: 3 }), axis: rarely(fc.constantFrom(-1, 1), fc.constant(0)) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('other' as const), from: source, className: fc.constantFrom('Conv2D', 'Flatten', 'Embedding') }) },
);
const recipe: fc.Arbitrary<Recipe> = fc.record({
  inputs: fc.integer({ min: 1, max: 6 }),
  steps: fc.array(step, { minLength: 1, maxLength: 8 }),
  sequential: fc.boolean(),
  weights: rarely(fc.constantFrom('plain' as const, 'keras3' as const), fc.constantFrom('transposed' as const, 'missing' as const)),
  metadataLoss: fc.constantFrom(null, ...LOSS_FNS),
});

/**
 * The model.json and weight bytes a recipe describes. A Dense is 4,096 or 4,097 units wide
 * (`wide`) when what it reads is at most 8 wide, so the files stay small; merges and other
 * layers read earlier layers by index (the one before, in a Sequential).
 */
function kerasFile({ inputs, steps, sequential, weights, metadataLoss }: Recipe) {
  const modelName = sequential ? 'sequential' : 'functional';
  const values = [{ name: 'x', width: inputs }];
  const layers: KerasLayerJson[] = [{ name: 'x', class_name: 'InputLayer', config: { name: 'x', batch_input_shape: [null, inputs] }, inbound_nodes: [] }];
  const specs: TfjsWeightSpec[] = [];
  steps.forEach((s, i) => {
    const name = `l${i}`;
    const pick = (back: number) => (sequential ? values.at(-1)! : values[values.length - 1 - (back % values.length)]!);
    const sources = Array.isArray(s.from) ? s.from.map(pick) : [pick(s.from)];
    let width = sources[0]!.width;
    let config: Record<string, unknown> = {};
    if (s.kind === 'dense') {
      width = s.wide && width <= 8 ? 4096 + (s.units % 2) : s.units;
      config = { units: width, activation: s.activation, use_bias: s.useBias };
      const kernel = weights === 'transposed' && specs.length === 0 ? [width, sources[0]!.width] : [sources[0]!.width, width];
      const prefix = weights === 'keras3' ? `${modelName}/${name}` : name;
      if (!(weights === 'missing' && specs.length === 0)) specs.push({ name: `${prefix}/kernel`, shape: kernel, dtype: 'float32' });
      if (s.useBias) specs.push({ name: `${prefix}/bias`, shape: [width], dtype: 'float32' });
    } else if (s.kind === 'activation') config = { activation: s.activation };
    else if (s.kind === 'leaky') config = s.alpha === null ? {} : { alpha: s.alpha };
    else if (s.kind === 'Concatenate') {
      config = { axis: s.axis };
      width = sources.reduce((sum, value) => sum + value.width, 0);
    }
    const className = s.kind === 'dense' ? 'Dense' : s.kind === 'activation' ? 'Activation' : s.kind === 'leaky' ? 'LeakyReLU' : s.kind === 'other' ? s.className : s.kind;
    layers.push({ name, class_name: className, config: { name, ...config }, inbound_nodes: [sources.map((value) => [value.name, 0, 0, {}])] });
    values.push({ name, width });
  });
  const size = specs.reduce((sum, spec) => sum + spec.shape.reduce((a, b) => a * b, 1), 0);
  const data = Float32Array.from({ length: size }, (_, i) => (((i * 7919) % 13) - 6) / 10);
  return {
    modelJson: {
      format: 'layers-model',
      modelTopology: {
        class_name: sequential ? 'Sequential' : 'Model',
        config: { name: modelName, layers, input_layers: [['x', 0, 0]], output_layers: [[values.at(-1)!.name, 0, 0]] },
      },
      weightsManifest: [{ paths: ['weights.bin'], weights: specs }],
      ...(metadataLoss ? { userDefinedMetadata: { netloom: { name: 'edited', inputId: 'x', loss: { nodeId: 'L', fn: metadataLoss }, layerNodeIds: {} } } } : {}),
    },
    weightData: new Uint8Array(data.buffer),
  };
}

/** Imports the file: the model, or the ImportError's message; any other exception fails the property. */
function tryImport(modelJson: unknown, weightData: Uint8Array): { model: NetloomModel } | { refused: string } {
  try {
    return { model: importTfjs(modelJson, weightData) };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { refused: error.message };
  }
}

/** What the CLI's `validate` does with a model file: parse the saved text, load it through the schema, compile it. */
function validateProblems(model: NetloomModel): string[] {
  const loaded = loadModel(JSON.parse(serializeModel(model)));
  if (!loaded.ok) return loaded.issues.map((issue) => `${issue.path}: ${issue.message}`);
  const compiled = compile(loaded.model);
  return compiled.ok ? [] : compiled.errors.map((error) => error.message);
}

describe('TensorFlow.js import, on generated files', () => {
  it('whatever import writes, validate accepts; whatever it refuses gets an ImportError without "undefined"', () => {
    const outcomes = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(recipe, (r) => {
        const { modelJson, weightData } = kerasFile(r);
        const result = tryImport(modelJson, weightData);
        if ('refused' in result) {
          outcomes.refused++;
          expect(result.refused).not.toMatch(/undefined/);
        } else {
          outcomes.accepted++;
          expect(validateProblems(result.model)).toEqual([]);
        }
      }),
      { seed: 20261123, numRuns: 400 },
    );
    // Both sides of the property were exercised.
    expect(outcomes.accepted).toBeGreaterThan(40);
    expect(outcomes.refused).toBeGreaterThan(40);
  }, HANG_GUARD_MS);

  it('any inbound_nodes, input_layers or output_layers: accepted and valid, or an ImportError naming what it is about', () => {
    const model = graph(
      [input('x', 2), dense('h', 3), activation('t', 'tanh'), dense('s', 3), add('sum'), concatenate('cat'), dense('o', 1), activation('sg', 'sigmoid'), loss('L', 'binary_cross_entropy')],
      [['x', 'h'], ['h', 't'], ['x', 's'], ['t', 'sum'], ['s', 'sum'], ['sum', 'cat'], ['x', 'cat'], ['cat', 'o'], ['o', 'sg'], ['sg', 'L']],
    );
    const { modelJson, weightData } = exported(model);
    const names = modelJson.modelTopology.config.layers.map((layer) => layer.name!);
    const reference = fc.tuple(fc.constantFrom(...names, 'nope'), fc.integer({ min: -1, max: 2 }), fc.integer({ min: -1, max: 2 }), fc.anything());
    const kerasTensor = fc.record({ class_name: fc.constant('__keras_tensor__'), config: fc.record({ keras_history: fc.oneof(reference.map((r) => r.slice(0, 3)), fc.anything()) }) });
    const layout = fc
      .oneof(
        fc.anything(),
        fc.array(fc.array(fc.oneof(reference, fc.anything()), { maxLength: 4 }), { maxLength: 3 }),
        fc.array(fc.record({ args: fc.array(fc.oneof(kerasTensor, fc.array(kerasTensor, { maxLength: 3 }), fc.anything()), { maxLength: 3 }), kwargs: fc.anything() }), { maxLength: 2 }),
      )
      .filter((value) => !JSON.stringify(value ?? null).includes('undefined'));
    const target = fc.constantFrom(...names.slice(1), 'input_layers', 'output_layers');

    fc.assert(
      fc.property(target, layout, (where, value) => {
        const edited = structuredClone(modelJson);
        if (where === 'input_layers' || where === 'output_layers') Object.assign(edited.modelTopology.config, { [where]: value });
        else edited.modelTopology.config.layers.find((layer) => layer.name === where)!.inbound_nodes = value;
        const result = tryImport(JSON.parse(JSON.stringify(edited)), weightData);
        if ('model' in result) {
          expect(validateProblems(result.model)).toEqual([]);
          return;
        }
        expect(result.refused).not.toMatch(/undefined/);
        expect(result.refused).toMatch(/"[^"]+"|input_layers|output_layers/);
      }),
      { seed: 20261124, numRuns: 1500 },
    );
  }, HANG_GUARD_MS);
});
