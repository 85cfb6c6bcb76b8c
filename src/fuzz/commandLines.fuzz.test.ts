import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTfjsFiles } from '../export/index.ts';
import { serializeModel, xorTemplate } from '../model/index.ts';
import { PROTOTYPE_NAMES, prototypeNamedChain, prototypeState } from '../model/prototypeNames.testkit.ts';
import { linearModel, residualModel } from '../cli/testing.ts';
import { runCli } from '../cli/main.ts';
import { fuzzParameters } from './fuzzRuns.ts';

/**
 * Issue 15's fuzz suite, command lines: random commands, flags and values through the CLI's
 * argument parsing and on into the commands, over files of every kind (models, a model whose
 * ids are names of Object.prototype, a table whose columns are, broken JSON, a folder, a
 * TF.js export, paths that are not there). Property: the command ends with exit 0, or 1 or 2
 * with an `error:` line saying what; never another exception, never a change to
 * Object.prototype. Training is kept short (small `--epochs`), so no line runs for long.
 */
let dir = '';
const files: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netloom-fuzz-cli-'));
  const write = async (name: string, text: string | Uint8Array) => {
    await writeFile(join(dir, name), text);
    return join(dir, name);
  };
  await mkdir(join(dir, 'folder'));
  await mkdir(join(dir, 'written'));
  await mkdir(join(dir, 'tfjs'));
  for (const [name, bytes] of Object.entries(exportTfjsFiles(xorTemplate()))) await writeFile(join(dir, 'tfjs', name), bytes);
  const columns = ['x1', '__proto__', 'constructor', 'toString', 'label'];
  const rows = Array.from({ length: 30 }, (_, i) => [i / 10, (i * 7) % 5, i % 3 === 0 ? 'NA' : i * 0.5, `c${i % 4}`, i % 2 === 0 ? 'yes' : 'no'].join(','));
  files.push(
    await write('xor.json', serializeModel({ ...xorTemplate(), training: { ...xorTemplate().training, epochs: 2 } })),
    await write('linear.json', serializeModel(linearModel())),
    await write('residual.json', serializeModel(residualModel())),
    await write('prototype-names.json', JSON.stringify(prototypeNamedChain())),
    await write('broken.json', '{"format": "netloom", "nodes": ['),
    await write('table.csv', [columns.join(','), ...rows].join('\n')),
    join(dir, 'folder'),
    join(dir, 'tfjs', 'model.json'),
    join(dir, 'missing.json'),
    join(dir, 'out', 'deeper', 'x.json'),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const COMMANDS = ['validate', 'predict', 'grad', 'train', 'data', 'export', 'import', 'help', 'frobnicate', '', '--help'];
/** Flags naming a file the command writes: their values are always paths in the temporary folder. */
const OUTPUT_FLAGS = new Set(['--out', '--metrics', '--csv']);

/** `value` as a path in the temporary folder (it already is one, or it becomes a name there). */
function inTempFolder(value: string): string {
  return value.startsWith(dir) ? value : join(dir, 'written', value.replace(/[/\\]/g, '_') || 'empty');
}

const FLAGS = ['--input', '--target', '--dataset', '--epochs', '--optimizer', '--lr', '--batch-size', '--seed', '--metrics', '--out', '--format', '--csv', '--features', '--categorical', '--help', '-h', '--', '--nope', '-x', '--input=1,2'];

/** Values a flag might get: numbers of every sign and form, rows, names, paths (some in the temp folder). */
const value = fc.oneof(
  fc.constantFrom('1', '0', '-1', '2.5', '-0.5', '1e20', '1e999', 'NaN', '-Infinity', 'abc', '', '1,2', '-1,0.5', '0.5,0.5;1,-1', '1,2,3;4', ';', ',', '0,0;0'),
  fc.constantFrom('sgd', 'adam', 'momentum', 'rmsprop', 'xor', 'iris', 'regression', 'penguins', 'mnist', 'tfjs', 'onnx', 'pytorch', 'label', 'x1,label'),
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.string({ maxLength: 6 }),
);
/** Epoch counts stay small: a long run is what was asked for, not a hang. */
const epochs = fc.constantFrom('0', '1', '2', '-1', '1.5', 'x');
const path = fc.nat().map((i) => files[i % files.length]!);

const token = fc.oneof(
  { weight: 3, arbitrary: path },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...FLAGS), value).map(([flag, v]) => [flag, v]) },
  { weight: 1, arbitrary: epochs.map((v) => ['--epochs', v]) },
  { weight: 2, arbitrary: fc.constantFrom('--out', '--metrics').chain((flag) => fc.constantFrom('out.json', 'm.jsonl', 'folder', 'model.onnx', 'out/deeper/x.json').map((name) => [flag, join(dir, name)])) },
  { weight: 1, arbitrary: value },
);

const rows = fc.constantFrom('0.5,-0.5', '-1,0.5;2,3', '1,1,1,1', '0,0;1', 'NaN,1', '1e39,0', '');
const targets = fc.constantFrom('1', '0;1', '1,0,0', '-1', 'x');

/** A model file, mostly one that loads (xor, linear, residual, prototype names), now and then any file. */
const model = fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 3 }).map((i) => files[i]!) }, { weight: 1, arbitrary: path });
const table = fc.oneof({ weight: 4, arbitrary: fc.constant('table.csv') }, { weight: 1, arbitrary: fc.constant('broken.json') }).map((name) => join(dir, name));
const outFile = (name: string) => fc.oneof({ weight: 4, arbitrary: fc.constant(name) }, { weight: 1, arbitrary: fc.constantFrom('folder', 'out/deeper/x.json') }).map((file) => join(dir, file));

/** Lines shaped as each command expects, with a random extra token, so most get past the parser to the work. */
const wellFormed: fc.Arbitrary<string[]> = fc.oneof(
  fc.tuple(model, fc.constantFrom([], ['--dataset', 'iris'], ['--dataset', 'xor'])).map(([file, extra]) => ['validate', file, ...extra]),
  fc.tuple(model, rows).map(([file, input]) => ['predict', file, '--input', input]),
  fc.tuple(model, rows, targets).map(([file, input, target]) => ['grad', file, '--input', input, '--target', target]),
  fc
    .tuple(model, epochs, fc.array(fc.constantFrom('--optimizer', 'sgd', '--lr', '-0.1', '1e20', '--seed', '-1', '--batch-size', '1'), { maxLength: 3 }), outFile('trained.json'), outFile('m.jsonl'))
    .map(([file, n, extra, out, metrics]) => ['train', file, '--epochs', n, ...extra, '--out', out, '--metrics', metrics]),
  fc.tuple(model, fc.constantFrom('tfjs', 'onnx', 'pytorch', 'keras'), outFile('exported')).map(([file, format, out]) => ['export', file, '--format', format, '--out', out]),
  fc.tuple(fc.oneof(fc.constant(join(dir, 'tfjs', 'model.json')), path), outFile('imported.json')).map(([file, out]) => ['import', file, '--out', out]),
  fc
    .tuple(table, fc.constantFrom('label', 'x1', '__proto__', 'constructor', 'toString', 'nope'), fc.constantFrom([], ['--categorical', 'constructor'], ['--categorical', '__proto__,toString'], ['--features', 'x1,toString']))
    .map(([file, target, extra]) => ['data', file, '--target', target, ...extra]),
);

const commandLine = fc
  .oneof(
    fc.tuple(fc.constantFrom(...COMMANDS), fc.array(token, { maxLength: 6 })).map(([command, tokens]) => [command, ...tokens.flat()]),
    fc.tuple(wellFormed, fc.array(token, { maxLength: 1 })).map(([line, tokens]) => [...line, ...tokens.flat()]),
  )
  .map((argv) => argv.filter((arg, i) => i > 0 || arg !== ''))
  .map((argv) => argv.map((arg, i) => (OUTPUT_FLAGS.has(argv[i - 1] ?? '') ? inTempFolder(arg) : arg)))
  // --epochs from `value` could ask for a long run: keep the small ones.
  .filter((argv) => argv.every((arg, i) => argv[i - 1] !== '--epochs' || ['0', '1', '2', '-1', '1.5', 'x', ''].includes(arg) || Number.isNaN(Number(arg))));

describe('fuzzing command lines (issue 15)', () => {
  it('every command line ends in exit 0, or 1 or 2 with an error line; never another exception', async () => {
    const outcomes = new Map<string, number>();
    const here = readdirSync(process.cwd());
    await fc.assert(
      fc.asyncProperty(commandLine, async (argv) => {
        const before = prototypeState();
        const stdout: string[] = [];
        const stderr: string[] = [];
        const code = await runCli(argv, { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) });
        expect([0, 1, 2]).toContain(code);
        const key = `${argv[0]} → ${code}`;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        if (code === 2 && stderr.length > 0) expect(stderr[0]).toMatch(/^error: /);
        if (code === 1) expect(stderr.length + stdout.length).toBeGreaterThan(0);
        expect(prototypeState(), 'Object.prototype changed').toEqual(before);
      }),
      fuzzParameters(500),
    );
    // Everything written went into the temporary folder.
    expect(readdirSync(process.cwd())).toEqual(here);
    if (process.env.FUZZ_REPORT) console.log([...outcomes].sort().map(([key, n]) => `${key}: ${n}`).join('\n'));
  }, 120_000);
});
