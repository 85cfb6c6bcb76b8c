import { count } from '../../compiler/index.ts';
import { parseFlags, parseRows, requiredFlag, singlePositional } from '../args.ts';
import { UsageError, type Command } from '../command.ts';
import { printJsonResult } from '../jsonOutput.ts';
import { loadNetwork } from '../loadNetwork.ts';

export const gradCommand: Command = {
  name: 'grad',
  summary: 'Print the loss and every dense layer’s gradients, averaged over the rows given',
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
    return printJsonResult(io, network.lossAndGradients(input.values, target.values, input.rows), 'the loss or a gradient is not finite');
  },
};
