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

/** `2 → 8 → 1, 2 dense layers, 33 parameters, binary_cross_entropy loss`; a graph with branches says how many nodes it joins. */
function describeNetwork(network: CompiledNetwork): string {
  const dense = network.ops.filter((op) => op.node.type === 'dense');
  const merges = network.ops.filter((op) => op.inputs.length > 1).length;
  const shape = merges === 0 ? [network.inputSize, ...dense.map((op) => op.width)].join(' → ') : `${network.inputSize} → … → ${network.outputSize}`;
  const joins = merges === 0 ? '' : `, ${count(merges, 'merge node')}`;
  return `${shape}, ${count(dense.length, 'dense layer')}${joins}, ${count(network.totalParams, 'parameter')}, ${network.loss.fn} loss`;
}
