import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { prototypeNamedChain, prototypeState } from '../../model/prototypeNames.testkit.ts';
import { cli, useTempDir } from '../testing.ts';

/** Ordinary ids for the chain's prototype names (pairs: `{__proto__: …}` in a literal would set a prototype). */
const RENAMES: [string, string][] = [
  ['hasOwnProperty', 'x'],
  ['__proto__', 'hidden'],
  ['toString', 'tanh'],
  ['constructor', 'out'],
  ['valueOf', 'sigmoid'],
  ['isPrototypeOf', 'L'],
];

describe('every command on node ids that are names of Object.prototype (issue 15 item 5)', () => {
  const tmp = useTempDir();
  const writeChain = async () => {
    const file = tmp.path('prototype-names.json');
    await writeFile(file, JSON.stringify(prototypeNamedChain()));
    return file;
  };

  it('give the outputs and gradients the same model gives under ordinary ids', async () => {
    const file = await writeChain();
    const ordinary = tmp.path('ordinary.json');
    let text = JSON.stringify(prototypeNamedChain());
    for (const [id, plain] of RENAMES) text = text.replaceAll(JSON.stringify(id), JSON.stringify(plain));
    await writeFile(ordinary, text);
    const run = (model: string, ...argv: string[]) => cli(argv[0]!, model, ...argv.slice(1));
    expect((await run(file, 'predict', '--input', '0.5,-0.5;1,1')).stdout).toEqual((await run(ordinary, 'predict', '--input', '0.5,-0.5;1,1')).stdout);
    const grads = JSON.parse((await run(file, 'grad', '--input', '0.5,-0.5', '--target', '1')).stdout[0]!);
    const plainGrads = JSON.parse((await run(ordinary, 'grad', '--input', '0.5,-0.5', '--target', '1')).stdout[0]!);
    expect(grads.grads.__proto__).toEqual(plainGrads.grads.hidden);
    expect(grads.grads.constructor).toEqual(plainGrads.grads.out);
  });

  it('validate, predict, grad, train, export and import treat them as ids like any other', async () => {
    const before = prototypeState();
    const file = await writeChain();
    expect((await cli('validate', file)).code).toBe(0);

    const predicted = await cli('predict', file, '--input', '0.5,-0.5');
    expect(predicted.code).toBe(0);

    const grad = JSON.parse((await cli('grad', file, '--input', '0.5,-0.5', '--target', '1')).stdout[0]!);
    expect(Object.keys(grad.grads)).toEqual(['__proto__', 'constructor']);
    expect(grad.grads.__proto__.kernel).toHaveLength(4);

    const trained = tmp.path('trained.json');
    const metrics = tmp.path('m.jsonl');
    expect((await cli('train', file, '--out', trained, '--metrics', metrics)).code).toBe(0);
    const model = JSON.parse(await readFile(trained, 'utf8'));
    expect(Object.keys(model.weights)).toEqual(['__proto__', 'constructor']);
    const lines = (await readFile(metrics, 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
    expect(Object.keys(lines[0].gradNorms)).toEqual(['__proto__', 'constructor']);
    // The trained weights are the ones predict uses: a different output from the file's own.
    const afterTraining = await cli('predict', trained, '--input', '0.5,-0.5');
    expect(afterTraining.stdout).not.toEqual(predicted.stdout);

    const folder = tmp.path('tfjs');
    expect((await cli('export', trained, '--format', 'tfjs', '--out', folder)).code).toBe(0);
    expect((await cli('export', trained, '--format', 'onnx', '--out', tmp.path('m.onnx'))).code).toBe(0);
    const imported = tmp.path('imported.json');
    expect((await cli('import', `${folder}/model.json`, '--out', imported)).code).toBe(0);
    expect((await cli('predict', imported, '--input', '0.5,-0.5')).stdout).toEqual(afterTraining.stdout);
    expect(prototypeState()).toEqual(before);
  });
});
