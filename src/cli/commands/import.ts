import { dirname, resolve } from 'node:path';
import { count } from '../../compiler/index.ts';
import { ImportError, importTfjs, tfjsWeightPaths } from '../../export/index.ts';
import { serializeModel, type NetloomModel } from '../../model/index.ts';
import { parseFlags, requiredFlag, singlePositional } from '../args.ts';
import type { Command } from '../command.ts';
import { InvalidModelError, readInputFile, readJsonFile, writeOutputFile } from '../modelFile.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'Turn a TensorFlow.js Layers model (model.json + weight files: Dense, Activation, LeakyReLU, Add, Concatenate layers) into a Netloom model',
  usage: 'import <model.json from TensorFlow.js> --out <model.netloom.json>',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { out: { type: 'string' } });
    const file = singlePositional(positionals, 'TensorFlow.js model.json');
    const out = requiredFlag(values.out, '--out');
    const model = await importFile(file);
    await writeOutputFile(out, serializeModel(model));
    const dense = model.nodes.filter((node) => node.type === 'dense').length;
    io.stdout(`imported ${file} (${count(dense, 'dense layer')}) into ${out}`);
    return 0;
  },
};

/** Reads model.json and the weight files it names (beside it); everything is checked before anything is written. */
async function importFile(file: string): Promise<NetloomModel> {
  const modelJson = await readJsonFile(file);
  try {
    const folder = dirname(file);
    const shards = [];
    for (const path of tfjsWeightPaths(modelJson)) {
      shards.push(await readInputFile(resolve(folder, path), `the weight file ${path} that ${file} names`));
    }
    return importTfjs(modelJson, Buffer.concat(shards));
  } catch (error) {
    if (error instanceof ImportError) throw new InvalidModelError(file, [error.message], `cannot import ${file}`);
    throw error;
  }
}
