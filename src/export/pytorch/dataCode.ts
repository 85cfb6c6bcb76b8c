import type { Dataset } from '../../engine/index.ts';
import { argmax } from '../../engine/index.ts';
import { GENERATED_DATASETS, shortestFloat32, type GeneratedDatasetName } from '../../model/index.ts';
import { pythonStrings } from './pythonLiterals.ts';

/**
 * How a row of a CSV file becomes the network's input and target in the exported script: the
 * encoding Netloom used for the data the model trains on. The built-in datasets are used as
 * they are (coordinates, or iris' measurements in cm); the target is a class, one-hot over the
 * outputs (or 0/1 for two classes and one output), or values, one per output.
 */
export interface ScriptData {
  /** Where the columns come from, for the script's comments: `Netloom trains this model on its built-in "xor" dataset`. */
  source: string;
  /** The input columns, in input order. */
  features: readonly string[];
  target: { kind: 'classes'; column: string; classes: readonly string[]; oneHot: boolean } | { kind: 'values'; columns: readonly string[] };
}

/** Column names for the built-in datasets, which Netloom generates without any. */
const FEATURE_COLUMNS: Record<GeneratedDatasetName, readonly string[]> = {
  xor: ['x', 'y'],
  circle: ['x', 'y'],
  spiral: ['x', 'y'],
  gaussian: ['x', 'y'],
  moons: ['x', 'y'],
  spiral3: ['x', 'y'],
  iris: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'],
  regression: ['x', 'y'],
};

/** The encoding of built-in dataset `name` for a network with `outputSize` outputs (which the compiler has checked fits). */
export function builtinScriptData(name: GeneratedDatasetName, outputSize: number): ScriptData {
  const { task } = GENERATED_DATASETS[name];
  const source = `Netloom trains this model on its built-in "${name}" dataset`;
  const features = FEATURE_COLUMNS[name];
  if (task.kind === 'regression') return { source, features, target: { kind: 'values', columns: numbered('target', task.outputs) } };
  const classes = Array.from({ length: task.classes }, (_, c) => String(c));
  return { source, features, target: { kind: 'classes', column: 'label', classes, oneHot: outputSize === task.classes } };
}

/**
 * For a network that fits none of the data Netloom generates: its inputs and targets as the
 * network sees them, `x1`… and `y1`…. `source` says why (a table's columns are standardised and
 * one-hot encoded from its training rows, which the script does not have).
 */
export function plainScriptData(inputSize: number, outputSize: number, source = 'the model names no Netloom dataset that this network fits'): ScriptData {
  return { source, features: numbered('x', inputSize), target: { kind: 'values', columns: numbered('y', outputSize) } };
}

/** `target` for one, `y1, y2, …` for several. */
function numbered(stem: string, count: number): string[] {
  return count === 1 && stem === 'target' ? [stem] : Array.from({ length: count }, (_, i) => `${stem}${i + 1}`);
}

/** Every column a CSV file for the script has: the features, then the target's. */
export function csvColumns({ features, target }: ScriptData): string[] {
  return [...features, ...(target.kind === 'classes' ? [target.column] : target.columns)];
}

/** The data constants at the top of the script. */
export function dataConstants(data: ScriptData): string {
  const { target } = data;
  const targetLine =
    target.kind === 'values'
      ? `TARGETS = ${pythonStrings(target.columns)}  # the values to predict, one per output, used as they are`
      : `TARGET = ${JSON.stringify(target.column)}  # the class, one of CLASSES\nCLASSES = ${pythonStrings(target.classes)}  # ${
          target.oneHot ? 'one output per class, in this order' : `one output: the probability of class ${JSON.stringify(target.classes[1])}`
        }`;
  return `# The data: a CSV file whose header row names these columns
# (${data.source}).
FEATURES = ${pythonStrings(data.features)}  # the inputs, in input order, used as they are
${targetLine}`;
}

/** `read_csv(path)`: the CSV's rows as (inputs, targets) tensors, encoded as Netloom encodes them. */
export function readCsvFunction(data: ScriptData): string {
  const { target } = data;
  const encodeTarget =
    target.kind === 'values'
      ? ['    y = torch.tensor([[float(row[name]) for name in TARGETS] for row in rows])']
      : [
          '    labels = torch.tensor([CLASSES.index(row[TARGET]) for row in rows])',
          target.oneHot ? '    y = F.one_hot(labels, len(CLASSES)).float()' : '    y = labels.float().unsqueeze(1)  # 1.0 for CLASSES[1]',
        ];
  return `def read_csv(path):
    """(inputs, targets) as float32 tensors from a CSV file with a header row naming ${target.kind === 'values' ? 'FEATURES and TARGETS' : 'FEATURES and TARGET'}."""
    with open(path, newline="") as file:
        rows = list(csv.DictReader(file))
    x = torch.tensor([[float(row[name]) for name in FEATURES] for row in rows])
${encodeTarget.join('\n')}
    return x, y`;
}

/**
 * The training rows of a dataset Netloom generated, as a CSV file `read_csv` reads: the rows a
 * run of the model trains on (same seed, same split), so the script can train on them too.
 */
export function trainingRowsCsv(dataset: Dataset, data: ScriptData): string {
  const { x, y, count } = dataset.train;
  const { inputSize, outputSize } = dataset;
  const { target } = data;
  const text = (values: Float32Array) => Array.from(values, (value) => String(shortestFloat32(value)));
  const lines = [csvColumns(data).join(',')];
  for (let r = 0; r < count; r++) {
    const inputs = text(x.subarray(r * inputSize, (r + 1) * inputSize));
    const outputs = y.subarray(r * outputSize, (r + 1) * outputSize);
    const targets = target.kind === 'values' ? text(outputs) : [target.classes[target.oneHot ? argmax(outputs, 0, outputSize) : outputs[0]! >= 0.5 ? 1 : 0]!];
    lines.push([...inputs, ...targets].join(','));
  }
  return `${lines.join('\n')}\n`;
}
