import { count } from '../../compiler/index.ts';
import { BatchTooSmallError, type Network } from '../../engine/index.ts';
import { parseFlags, parseRows, requiredFlag, singlePositional } from '../args.ts';
import { UsageError, type Command } from '../command.ts';
import { printJsonResult } from '../jsonOutput.ts';
import { loadNetwork } from '../loadNetwork.ts';

export const gradCommand: Command = {
  name: 'grad',
  summary:
    'Print the loss and the gradient of every trainable tensor by node ({"grads": {"<node>": {"kernel", …}}}), ' +
    'averaged over the rows given, in training mode (BatchNorm on the batch’s statistics, Dropout on)',
  usage: 'grad <model.json> --input "x1,x2;x1,x2" --target "t;t"   (rows separated by ;)',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { input: { type: 'string' }, target: { type: 'string' } });
    const file = singlePositional(positionals, 'model file');
    const inputText = requiredFlag(values.input, '--input');
    const targetText = requiredFlag(values.target, '--target');
    const network = await loadNetwork(file);
    const input = parseRows(inputText, '--input', network.inputSize);
    const target = parseRows(targetText, '--target', network.outputSize);
    if (target.rows !== input.rows) {
      throw new UsageError(`--target has ${count(target.rows, 'row')} but --input has ${input.rows}; give one target per input row`);
    }
    return printJsonResult(io, gradients(network, input.values, target.values, input.rows), 'the loss or a gradient is not finite');
  },
};

/** One training pass's loss and gradients; rows too few for the network (BatchNorm: one) are the user's to fix. */
function gradients(network: Network, input: number[], target: number[], rows: number) {
  try {
    return network.lossAndGradients(input, target, rows);
  } catch (error) {
    if (!(error instanceof BatchTooSmallError)) throw error;
    throw new UsageError(`${error.message}; give --input at least ${error.needed} rows`);
  }
}
