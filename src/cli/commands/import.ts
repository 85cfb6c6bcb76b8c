import { dirname, join } from 'node:path';
import { count } from '../../compiler/index.ts';
import { ImportError, importTfjs, tfjsWeightFiles } from '../../export/index.ts';
import { serializeModel, type NetloomModel } from '../../model/index.ts';
import { parseFlags, requiredFlag, singlePositional } from '../args.ts';
import type { Command } from '../command.ts';
import { assertWritable, InvalidModelError, readInputFile, readJsonFile, writeOutputFile } from '../modelFile.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'Turn a TensorFlow.js Layers model (model.json + weight files: Dense, Activation, LeakyReLU, Add, Concatenate layers) into a Netloom model',
  usage: 'import <model.json from TensorFlow.js> --out <model.netloom.json>',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { out: { type: 'string' } });
    const file = singlePositional(positionals, 'TensorFlow.js model.json');
    const out = requiredFlag(values.out, '--out');
    await assertWritable(out);
    const model = await importFile(file);
    await writeOutputFile(out, serializeModel(model));
    const dense = model.nodes.filter((node) => node.type === 'dense').length;
    io.stdout(`imported ${file} (${count(dense, 'dense layer')}) into ${out}`);
    return 0;
  },
};

/**
 * Reads model.json and the weight files it names, only from its own folder and no more bytes
 * than its manifest describes (`tfjsWeightFiles`); everything is checked before anything is written.
 */
async function importFile(file: string): Promise<NetloomModel> {
  const modelJson = await readJsonFile(file);
  try {
    const { names, totalBytes } = tfjsWeightFiles(modelJson);
    const shards = [];
    let left = totalBytes;
    for (const name of names) {
      const what = `the weight file ${name} that ${file} names`;
      const shard = await readInputFile(join(dirname(file), name), { what, maxBytes: left, limit: `what ${file}'s weightsManifest leaves for it` });
      left -= shard.byteLength;
      shards.push(shard);
    }
    return importTfjs(modelJson, Buffer.concat(shards));
  } catch (error) {
    if (error instanceof ImportError) throw new InvalidModelError(file, [error.message], `cannot import ${file}`);
    throw error;
  }
}
