import { parseFlags, parseRows, requiredFlag, singlePositional } from '../args.ts';
import type { Command } from '../command.ts';
import { printJsonResult } from '../jsonOutput.ts';
import { loadNetwork } from '../loadNetwork.ts';

export const predictCommand: Command = {
  name: 'predict',
  summary: "Run a model's network on input rows in inference mode (BatchNorm on its moving statistics, no dropout) and print its outputs as JSON",
  usage: 'predict <model.json> --input "x1,x2;x1,x2"   (rows separated by ;)',
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { input: { type: 'string' } });
    const file = singlePositional(positionals, 'model file');
    const inputText = requiredFlag(values.input, '--input');
    const network = await loadNetwork(file);
    const input = parseRows(inputText, '--input', network.inputSize);
    const outputs = Array.from(network.predict(input.values, input.rows));
    const rows = Array.from({ length: input.rows }, (_, r) =>
      outputs.slice(r * network.outputSize, (r + 1) * network.outputSize),
    );
    return printJsonResult(io, { output: rows.length === 1 ? rows[0] : rows }, 'the network’s output is not finite');
  },
};
