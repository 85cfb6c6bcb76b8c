import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ImportError, importTfjs, tfjsWeightPaths } from '../../export/index.ts';
import { parseJson, serializeModel, type NetloomModel } from '../../model/index.ts';
import { parseFlags, requiredFlag, singlePositional } from '../args.ts';
import { InputFileError, type Command } from '../command.ts';
import { InvalidModelError } from '../modelFile.ts';
import { writeOutput } from './writeOutput.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'Turn a TensorFlow.js Layers model (model.json + weight files) of Dense layers into a Netloom model',
  usage: 'import <model.json from TensorFlow.js> --out <model.netloom.json>',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { out: { type: 'string' } });
    const file = singlePositional(positionals, 'TensorFlow.js model.json');
    const out = requiredFlag(values.out, '--out');
    const model = await importFile(file);
    await writeOutput(out, serializeModel(model));
    const dense = model.nodes.filter((node) => node.type === 'dense').length;
    io.stdout(`imported ${file} (${dense} dense layer${dense === 1 ? '' : 's'}) into ${out}`);
    return 0;
  },
};

/** Reads model.json and the weight files it names (beside it); everything is checked before anything is written. */
async function importFile(file: string): Promise<NetloomModel> {
  const parsed = parseJson((await readInput(file, file)).toString('utf8'));
  if (!parsed.ok) throw new InputFileError(`${file}: ${parsed.issue.message}`);
  try {
    const folder = dirname(file);
    const shards = [];
    for (const path of tfjsWeightPaths(parsed.value)) {
      shards.push(await readInput(resolve(folder, path), `the weight file ${path} that ${file} names`));
    }
    return importTfjs(parsed.value, Buffer.concat(shards));
  } catch (error) {
    if (error instanceof ImportError) throw new InvalidModelError(file, [error.message]);
    throw error;
  }
}

async function readInput(path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputFileError(`cannot read ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
