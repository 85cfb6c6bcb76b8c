import onnxProto from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { activation, add, concatenate, dense, graph, input, loss } from '../../compiler/testModels.ts';
import { createRng } from '../../engine/index.ts';
import type { NetloomModel } from '../../model/index.ts';
import { exportOnnx } from '../index.ts';
import { randomDag, VERIFIED_DAGS } from '../testDags.ts';
import { enginePredict, inputSizeOf, linearOutputSlack, outsideTolerance, randomInputs } from '../testModels.ts';
import { ONNX_RUNTIME_ABSOLUTE_TOLERANCE, predictWithOnnxRuntime } from './runWithOnnxRuntime.ts';

const ROWS = 64;

/** What onnxruntime predicts for an export of `model` and what the engine does, on random rows; `linear`: the head is linear (mse). */
async function onnxMismatches(model: NetloomModel, seed: number, linear = false): Promise<string[]> {
  const x = randomInputs(createRng(seed, 'data'), ROWS, inputSizeOf(model));
  const predicted = await predictWithOnnxRuntime(exportOnnx(model), x, ROWS);
  const expected = enginePredict(model, x, ROWS);
  return outsideTolerance(predicted, expected, Math.max(ONNX_RUNTIME_ABSOLUTE_TOLERANCE, linear ? linearOutputSlack(expected) : 0));
}

/** The ONNX graph as [op type, node name, inputs, outputs, attributes] rows, and its initializers' names and dims. */
function decoded(model: NetloomModel) {
  const { graph: onnxGraph } = onnxProto.onnx.ModelProto.decode(exportOnnx(model));
  return {
    nodes: onnxGraph!.node!.map((node) => [node.opType, node.name, node.input, node.output, node.attribute!.map((a) => `${a.name}=${a.i ?? a.f}`)]),
    initializers: onnxGraph!.initializer!.map((tensor) => [tensor.name, tensor.dims!.map(Number)]),
  };
}

describe('ONNX export of graphs with branches and merges', () => {
  it.each(VERIFIED_DAGS)('onnxruntime predicts what the engine does on a random DAG: $hidden hidden, $head head', async ({ hidden, head, seed }) => {
    expect(await onnxMismatches(randomDag(hidden, head, seed), seed, head === 'mse')).toEqual([]);
  });

  it.each(VERIFIED_DAGS)('writes nodes in topological order, each value name once: $hidden hidden, $head head', ({ hidden, head, seed }) => {
    const { nodes, initializers } = decoded(randomDag(hidden, head, seed));
    const defined = new Set<string>(['input', ...initializers.map(([name]) => name as string)]);
    expect(defined.size).toBe(initializers.length + 1);
    for (const [, name, inputs, outputs] of nodes) {
      for (const value of inputs as string[]) expect(defined.has(value), `${name as string} reads ${value} before it is written`).toBe(true);
      for (const value of outputs as string[]) {
        expect(defined.has(value), `${value} is written twice`).toBe(false);
        defined.add(value);
      }
    }
    expect(defined.has('output')).toBe(true);
  });

  it('writes Add as a chain of binary Adds in port order and Concatenate as Concat on axis 1', () => {
    // x(2) → h(2) relu; x → s(2) without bias; Add(r, s, x) → Concatenate(sum, x) → o(1) sigmoid.
    const model = graph(
      [input('x', 2), dense('h', 2), activation('r', 'relu'), dense('s', 2, false), add('sum', 3), concatenate('cat'), dense('o', 1), activation('sg', 'sigmoid'), loss('L', 'binary_cross_entropy')],
      [['x', 'h'], ['h', 'r'], ['x', 's'], ['r', 'sum'], ['s', 'sum'], ['x', 'sum'], ['sum', 'cat'], ['x', 'cat'], ['cat', 'o'], ['o', 'sg'], ['sg', 'L']],
    );
    const { nodes, initializers } = decoded(model);
    expect(nodes).toEqual([
      ['Gemm', 'h', ['input', 'h/kernel', 'h/bias'], ['h/output'], ['transB=1']],
      ['Gemm', 's', ['input', 's/kernel'], ['s/output'], ['transB=1']],
      ['Relu', 'r', ['h/output'], ['r/output'], []],
      ['Add', 'sum/1', ['r/output', 's/output'], ['sum/sum1'], []],
      ['Add', 'sum', ['sum/sum1', 'input'], ['sum/output'], []],
      ['Concat', 'cat', ['sum/output', 'input'], ['cat/output'], ['axis=1']],
      ['Gemm', 'o', ['cat/output', 'o/kernel', 'o/bias'], ['o/output'], ['transB=1']],
      ['Sigmoid', 'sg', ['o/output'], ['output'], []],
    ]);
    expect(initializers).toEqual([
      ['h/kernel', [2, 2]],
      ['h/bias', [2]],
      ['s/kernel', [2, 2]],
      ['o/kernel', [1, 4]],
      ['o/bias', [1]],
    ]);
  });

  it('keeps value names unique when node ids look like ONNX names (input, output, h/kernel)', async () => {
    const model = graph(
      [input('output', 2), dense('input', 3), activation('h/kernel', 'tanh'), dense('h', 3), add('input/output'), dense('o', 1), activation('sg', 'sigmoid'), loss('L', 'binary_cross_entropy')],
      [['output', 'input'], ['input', 'h/kernel'], ['output', 'h'], ['h/kernel', 'input/output'], ['h', 'input/output'], ['input/output', 'o'], ['o', 'sg'], ['sg', 'L']],
      { training: { seed: 9 } },
    );
    const { nodes, initializers } = decoded(model);
    const written = nodes.flatMap(([, , , outputs]) => outputs as string[]);
    const names = ['input', ...initializers.map(([name]) => name as string), ...written];
    expect(new Set(names).size).toBe(names.length);
    expect(initializers.map(([name]) => name)).toEqual(['input/kernel', 'input/bias', 'h/kernel', 'h/bias', 'o/kernel', 'o/bias']);
    expect(await onnxMismatches(model, 9)).toEqual([]);
  });
});
