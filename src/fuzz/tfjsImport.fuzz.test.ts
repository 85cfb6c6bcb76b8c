import * as tf from '@tensorflow/tfjs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../compiler/index.ts';
import { ImportError, importTfjs, tfjsWeightFiles } from '../export/index.ts';
import { exported, savedByTfjs } from '../export/tfjs/tfjsTestFiles.ts';
import { parseModelJson, serializeModel, TEMPLATES } from '../model/index.ts';
import { prototypeNamedChain, prototypeState } from '../model/prototypeNames.testkit.ts';
import { loadModel } from '../model/index.ts';
import { fuzzParameters } from './fuzzRuns.ts';
import { mutated } from './jsonMutations.ts';

/** A model.json as a file holds it, and the bytes of its weight files. */
interface TfjsFiles {
  modelJson: unknown;
  weightData: Uint8Array;
}

type ImportOutcome = 'refused by the reader' | 'refused by the importer' | 'imported';

/**
 * Issue 15's fuzz suite, TF.js model.json files through the importer (as it is on main):
 * Netloom's own exports (with and without the metadata that restores ids), models TF.js
 * itself saved (Sequential and Functional), mutated, with their weight bytes as they are,
 * cut short, or grown. Property: refused with an ImportError, or imported into a model that
 * loads again; never another exception, never a change to Object.prototype.
 */
function checkImport({ modelJson, weightData }: TfjsFiles): ImportOutcome {
  const before = prototypeState();
  let outcome: ImportOutcome;
  try {
    tfjsWeightFiles(modelJson);
    const model = importTfjs(modelJson, weightData);
    const reloaded = parseModelJson(serializeModel(model));
    expect(reloaded.ok && reloaded.model).toEqual(model);
    findings.push(...compileFindings(model));
    outcome = 'imported';
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    if (/(?<!received )\bundefined\b/.test(error.message)) findings.push(`message says undefined: ${error.message}`);
    outcome = 'refused by the importer';
  }
  expect(prototypeState(), 'Object.prototype changed').toEqual(before);
  return outcome;
}

const findings: string[] = [];

function compileFindings(model: Parameters<typeof compile>[0]): string[] {
  const result = compile(model);
  return result.ok ? [] : result.errors.map((error) => `imported but does not compile: ${error.code}: ${error.message}`);
}

function netloomExport(model: Parameters<typeof exported>[0], withMetadata: boolean): TfjsFiles {
  const { modelJson, weightData } = exported(model);
  if (!withMetadata) delete (modelJson as { userDefinedMetadata?: unknown }).userDefinedMetadata;
  return { modelJson, weightData };
}

const seeds: TfjsFiles[] = [];

beforeAll(async () => {
  await tf.setBackend('cpu');
  // Every kind of layer the importer reads, in one stack.
  const sequential = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [3], units: 5, activation: 'relu', name: 'hidden' }),
      tf.layers.batchNormalization({ name: 'bn' }),
      tf.layers.leakyReLU({ alpha: 0.01, name: 'leaky' }),
      tf.layers.dropout({ rate: 0.2, name: 'drop' }),
      tf.layers.dense({ units: 4, useBias: false, name: 'narrow' }),
      tf.layers.layerNormalization({ name: 'ln' }),
      tf.layers.activation({ activation: 'tanh', name: 'squash' }),
      tf.layers.dense({ units: 2, activation: 'softmax', name: 'probs' }),
    ],
  });
  const x = tf.input({ shape: [3], name: 'x' });
  const h = tf.layers.dense({ units: 4, activation: 'tanh', name: 'h' }).apply(x) as tf.SymbolicTensor;
  const y = tf.layers.dense({ units: 1, activation: 'sigmoid', name: 'y' }).apply(h) as tf.SymbolicTensor;
  const prototypeNamed = loadModel(prototypeNamedChain());
  if (!prototypeNamed.ok) throw new Error('the prototype-named chain does not load');
  seeds.push(
    ...TEMPLATES.flatMap((template) => [netloomExport(template.create(), true), netloomExport(template.create(), false)]),
    netloomExport(prototypeNamed.model, true),
    await savedByTfjs(sequential),
    await savedByTfjs(tf.model({ inputs: x, outputs: y })),
  );
});

/** The weight bytes as they are, cut short, grown, or replaced. */
const bytesOf = (weightData: Uint8Array) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant(weightData) },
    { weight: 1, arbitrary: fc.nat({ max: weightData.length }).map((end) => weightData.slice(0, end)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 16 }).map((extra) => Uint8Array.from([...weightData, ...extra])) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  );

describe('fuzzing TF.js model.json files through the importer (issue 15)', () => {
  it('mutated exports and TF.js saves: refused with an ImportError, or imported into a model that loads', () => {
    const files = fc
      .integer({ min: 0, max: seeds.length - 1 })
      .chain((i) => fc.record({ json: mutated(seeds[i]!.modelJson, 3), bytes: bytesOf(seeds[i]!.weightData) }))
      .map(({ json, bytes }) => ({ modelJson: json.result, weightData: bytes }));
    const outcomes = new Map<ImportOutcome, number>();
    fc.assert(
      fc.property(files, (file) => {
        const outcome = checkImport(file);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }),
      fuzzParameters(1500),
    );
    if (process.env.FUZZ_REPORT) console.log(outcomes, [...new Set(findings)].slice(0, 40));
  }, 120_000);
});
