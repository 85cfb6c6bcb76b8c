import type { ResolvedTrainingSettings } from '../../model/index.ts';
import type { ExportGraph } from '../exportGraph.ts';
import { dataConstants, readCsvFunction, type ScriptData } from './dataCode.ts';
import { netClass, type StateDictEntry } from './netCode.ts';
import { pythonNames } from './pythonNames.ts';
import { mainBlock, PYTORCH_LOSSES, settingsConstants, trainingFunctions } from './trainingCode.ts';
import { weightsCode } from './weightsCode.ts';

export interface PytorchOptions {
  /** The script's file name, `model.py`: the `.npz` beside it takes its stem. */
  scriptName: string;
  settings: ResolvedTrainingSettings;
  data: ScriptData;
}

/** The exported script, the `.npz` of its weights when they are too many to write inline, and what each state-dict entry holds. */
export interface PytorchExport {
  script: string;
  npz: Uint8Array<ArrayBuffer> | null;
  npzName: string;
  stateDict: readonly StateDictEntry[];
}

/**
 * One self-contained, readable Python file: `class Net(nn.Module)` mirroring the op graph with
 * the weights loaded in `__init__` (so `Net()` is the network as Netloom has it), the loss as
 * Netloom computes it, Netloom's optimizers and training step, `train(data)` with the model's
 * settings, and a `__main__` that trains on a CSV file.
 */
export function toPytorch(graph: ExportGraph, { scriptName, settings, data }: PytorchOptions): PytorchExport {
  const stem = scriptName.replace(/\.py$/, '');
  const npzName = `${stem}.npz`;
  const loss = PYTORCH_LOSSES[graph.loss.fn];
  const names = pythonNames(graph.ops.map((op) => op.node.nodeId));
  // JSON's escapes are Python's too, so a name can never end a docstring or a comment early.
  const name = JSON.stringify(graph.name);
  const title = `The network ${name}: one PyTorch module per Netloom node between the input and the loss.`;
  const net = netClass(graph, names, loss.readsLogits, title);
  const weights = weightsCode(net.stateDict, net.constants, npzName);
  const output = loss.readsLogits ? 'probabilities' : 'outputs';
  const script = `"""The network ${name}, designed in Netloom, as a PyTorch script.

    net = Net()          # the network, with the weights it has in Netloom
    net(x)               # x: float32 [batch, ${graph.inputSize}] → [batch, ${graph.outputSize}] ${output}, as Netloom's predict
    train("data.csv")    # trains it further, with the settings it has in Netloom

\`python3 ${scriptName} data.csv\` trains on a CSV file (see read_csv) and saves the
weights to ${stem}.pt. Needs PyTorch 1.13 or later${weights.npz ? ` and NumPy; the weights are in ${npzName}, beside this file` : ''}.
"""
import csv
import sys
from pathlib import Path

${weights.npz ? 'import numpy as np\n' : ''}import torch
from torch import nn
from torch.nn import functional as F
from torch.utils.data import DataLoader, TensorDataset

${settingsConstants(settings)}

${dataConstants(data)}


${[...net.definitions, net.code].join('\n\n\n')}


${trainingFunctions(graph, readCsvFunction(data), scriptName)}


${weights.code}


${mainBlock(data)}
`;
  return { script, npz: weights.npz, npzName, stateDict: net.stateDict };
}
