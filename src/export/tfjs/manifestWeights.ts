import { toStoredTensor } from '../../engine/index.ts';
import type { FormWeight, Tensor, TensorSpec } from '../../model/index.ts';
import { ImportError } from '../errors.ts';
import { inverseAxes, permuteAxes, type LaidOutTensor } from '../tensorLayout.ts';
import type { TfjsWeightEntry } from './modelJsonSchema.ts';

/** The weights a model.json's manifest describes, by name, with the shapes it declares. */
export class ManifestWeights {
  private readonly byName = new Map<string, LaidOutTensor>();

  /** `values`: each manifest weight's data (see `decodeWeights`); `modelName`: the topology's name, which Keras 3 puts in front of weight names. */
  constructor(
    specs: readonly TfjsWeightEntry[],
    values: ReadonlyMap<string, Float32Array>,
    private readonly modelName: string | undefined,
  ) {
    for (const spec of specs) this.byName.set(spec.name, { shape: spec.shape, values: values.get(spec.name)! });
  }

  /**
   * The model's `tensor` from the layer's weight `weight`: named `<layer>/<weight>`, or as
   * Keras 3 Sequential files name it, `<model>/<layer>/<weight>`. Its declared shape must be
   * the format's layout of the tensor's shape; a weight of the right size but another shape is
   * refused (as TF.js refuses it), never read in another layout.
   */
  read(layerName: string, where: string, weight: FormWeight, tensor: TensorSpec): Tensor {
    const names = [`${layerName}/${weight.name}`, ...(this.modelName ? [`${this.modelName}/${layerName}/${weight.name}`] : [])];
    const name = names.find((candidate) => this.byName.has(candidate));
    if (name === undefined) throw new ImportError(`${where}: weightsManifest has no weight named ${names.join(' or ')}`);
    const found = this.byName.get(name)!;
    const axes = weight.axes ?? tensor.shape.map((_, i) => i);
    const expected = axes.map((axis) => tensor.shape[axis]!);
    if (found.shape.join() !== expected.join()) {
      const meaning = axes.map((axis) => tensor.axes[axis]).join(' × ');
      throw new ImportError(`${where}: weight ${name} has shape [${found.shape.join(', ')}], but the layer's ${weight.name} is [${expected.join(', ')}] (${meaning})`);
    }
    const { values } = permuteAxes({ shape: expected, values: found.values }, inverseAxes(weight.axes));
    return toStoredTensor(values, tensor.shape);
  }
}
