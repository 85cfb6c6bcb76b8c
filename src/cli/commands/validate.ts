import { count, type CompiledNetwork } from '../../compiler/index.ts';
import { datasetFlag, parseFlags, singlePositional } from '../args.ts';
import type { Command } from '../command.ts';
import { compileModelFile } from '../modelFile.ts';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check a model file and print a one-line summary of its network',
  usage: 'validate <model.json> [--dataset NAME]',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { dataset: { type: 'string' } });
    const file = singlePositional(positionals, 'model file');
    const dataset = datasetFlag(values.dataset);
    const { model, network } = await compileModelFile(file, dataset ? { dataset } : {});
    const checkedAgainst = dataset ?? model.training?.dataset;
    io.stdout(`${file}: valid, ${describeNetwork(network)}${checkedAgainst ? `, fits the ${checkedAgainst} dataset` : ''}`);
    return 0;
  },
};

/** `2 → 8 → 1, 2 dense layers, 33 parameters, binary_cross_entropy loss` */
function describeNetwork(network: CompiledNetwork): string {
  const dense = network.layers.filter((layer) => layer.kind === 'dense');
  const widths = [network.inputSize, ...dense.map((layer) => layer.units)].join(' → ');
  return `${widths}, ${count(dense.length, 'dense layer')}, ${count(network.totalParams, 'parameter')}, ${network.loss.fn} loss`;
}
