import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { modelNetwork } from '../engine/index.ts';
import { runSystemPython } from '../export/pytorch/runWithPytorch.ts';
import { serializeModel, xorTemplate } from '../model/index.ts';
import { cli } from './testing.ts';

/**
 * Runs the snippets of the README's "Leaving Netloom" section as a reader would, on the XOR
 * template saved as `model.json` in a fresh folder: the CLI lines, the TF.js snippet (its URL
 * pointed at a local server), the PyTorch ones with Debian's python3, and the ONNX one as the
 * same calls with onnxruntime-node (Python's onnxruntime is not installable here).
 */

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const model = xorTemplate();
/** Netloom's prediction for the row every snippet feeds in, [0.5, -1]. */
const expected = modelNetwork(model).predict([0.5, -1], 1)[0]!;

interface Snippet {
  lang: string;
  code: string;
}

/** The fenced code blocks of the section under `## title`, indentation (inside a list item) removed. */
function snippetsOf(title: string): Snippet[] {
  const start = README.indexOf(`\n## ${title}\n`);
  const end = README.indexOf('\n## ', start + 1);
  const section = README.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/^( *)```(\w+)\n([\s\S]*?)^\1```$/gm)].map(([, indent, lang, code]) => ({
    lang: lang!,
    code: code!.replace(new RegExp(`^${indent}`, 'gm'), ''),
  }));
}

const snippets = snippetsOf('Leaving Netloom');
/** The one snippet whose first line starts with `comment` (in the snippet's language). */
function snippet(lang: string, comment: string): string {
  const found = snippets.filter((s) => s.lang === lang && s.code.startsWith(comment));
  expect(found, `one ${lang} snippet starting "${comment}"`).toHaveLength(1);
  return found[0]!.code;
}

/** The numbers printed in `text`, in order. */
const numbersIn = (text: string) => [...text.matchAll(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi)].map(([n]) => Number(n));

describe('the README’s Leaving Netloom snippets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'netloom-readme-'));
  let server: Server;
  let port = 0;

  beforeAll(async () => {
    writeFileSync(join(dir, 'model.json'), serializeModel(model));
    server = createServer((request, response) => {
      const file = join(dir, normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname)));
      if (!file.startsWith(dir) || !existsSync(file)) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': extname(file) === '.json' ? 'application/json' : 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });

  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every snippet is run here, but Keras’ (no TensorFlow for Python)', () => {
    expect(snippets.map(({ lang, code }) => `${lang}: ${code.split('\n')[0]}`)).toEqual([
      'sh: npm run -s cli -- export model.json --format tfjs --out my-model/       # writes my-model/model.json + group1-shard1of1.bin',
      'js: // TensorFlow.js (in Node, \'@tensorflow/tfjs-node\' also reads \'file://my-model/model.json\')',
      'python: # ONNX, with onnxruntime',
      'python: # Keras: first `tensorflowjs_converter --input_format=tfjs_layers_model --output_format=keras my-model/model.json my-model.h5`',
      'sh: # PyTorch: keep training where Netloom stopped',
      'python: # PyTorch, beside model.py',
    ]);
  });

  it('the CLI lines export TF.js, ONNX and PyTorch and import the TF.js export back', async () => {
    const outputs = await runShell(snippet('sh', 'npm run -s cli -- export'));
    expect(outputs).toHaveLength(4);
    for (const file of ['my-model/model.json', 'my-model/group1-shard1of1.bin', 'my-model.onnx', 'model.py', 'data.csv', 'model.netloom.json']) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
  });

  it('TensorFlow.js: loads the export and prints Netloom’s prediction', async () => {
    const written = snippet('js', '// TensorFlow.js');
    const importLine = "import * as tf from '@tensorflow/tfjs';";
    expect(written).toContain(importLine);
    // The snippet's body, as an async function of the module it imports.
    const body = written.replace(importLine, '').replace('https://example.com/', `http://127.0.0.1:${port}/`);
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (parameter: string, body: string) => (module: unknown) => Promise<void>;
    const printed = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await new AsyncFunction('tf', body)(tf);
      const output = printed.mock.calls.map((call) => call.join(' ')).join('\n');
      expect(numbersIn(output.slice(output.indexOf('['))).at(-1)).toBeCloseTo(expected, 6);
    } finally {
      printed.mockRestore();
    }
  });

  it('ONNX: the snippet’s file, input, output and row, run with onnxruntime-node, give Netloom’s prediction', async () => {
    const code = snippet('python', '# ONNX');
    const file = /InferenceSession\("([^"]+)"\)/.exec(code)![1]!;
    const [, outputName, inputName] = /session\.run\(\["(\w+)"\], \{"(\w+)": x\}\)/.exec(code)!;
    const row = numbersIn(/np\.array\(\[\[([^\]]+)\]\]/.exec(code)![1]!);
    const session = await ort.InferenceSession.create(join(dir, file));
    const result = await session.run({ [inputName!]: new ort.Tensor('float32', Float32Array.from(row), [1, row.length]) });
    await session.release();
    expect((result[outputName!]!.data as Float32Array)[0]).toBeCloseTo(expected, 6);
  });

  // 200 epochs of XOR in PyTorch take 5-10 s on two busy cores; importing torch alone, 1-5 s.
  it('PyTorch: the script trains on the rows Netloom trains on, the loss falls, and the weights are saved', { timeout: 120_000 }, async () => {
    const [, training] = await runShell(snippet('sh', '# PyTorch'));
    const losses = [...training!.matchAll(/^epoch \d+\/200: loss ([\d.]+)$/gm)].map(([, loss]) => Number(loss));
    expect(losses).toHaveLength(200);
    expect(losses.at(-1)!).toBeLessThan(losses[0]! / 2);
    expect(training).toContain(`saved the trained weights to ${join(dir, 'model.pt')}`);
  });

  it('PyTorch: Net() predicts what Netloom predicts, and train() goes on for five epochs', { timeout: 60_000 }, () => {
    const printed = runSystemPython(['-c', snippet('python', '# PyTorch')], dir).trim().split('\n');
    expect(numbersIn(printed[0]!)[0]).toBeCloseTo(expected, 6);
    expect(printed.slice(1).map((line) => line.replace(/[\d.]+$/, '…'))).toEqual([1, 2, 3, 4, 5].map((epoch) => `epoch ${epoch}/5: loss …`));
  });

  /** Runs each line of a shell snippet in `dir`: `npm run -s cli -- …` in-process, `python3 …` with Debian's python3. Returns what each printed. */
  async function runShell(code: string): Promise<string[]> {
    const outputs: string[] = [];
    for (const line of code.replace(/\\\n\s*/g, ' ').split('\n')) {
      const words = line.replace(/#.*$/, '').trim().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      if (words.slice(0, 4).join(' ') === 'npm run -s cli') {
        // Paths are the words with a dot or a slash; the CLI runs in this process, so they are made absolute.
        const run = await cli(...words.slice(5).map((word) => (/[./]/.test(word) ? join(dir, word) : word)));
        expect(run.stderr, line).toEqual([]);
        outputs.push(run.stdout.join('\n'));
      } else if (words[0] === 'python3') {
        outputs.push(runSystemPython(words.slice(1), dir));
      } else {
        throw new Error(`the README snippet runs something this test does not know: ${line}`);
      }
    }
    return outputs;
  }
});
