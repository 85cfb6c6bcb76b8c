import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ONNX_RUNTIME_ABSOLUTE_TOLERANCE, predictWithOnnxRuntime } from '../../export/onnx/runWithOnnxRuntime.ts';
import { enginePredict, outsideTolerance } from '../../export/testModels.ts';
import { loadWithTfjs, predictWithTfjs, TFJS_ABSOLUTE_TOLERANCE } from '../../export/tfjs/loadWithTfjs.ts';
import { exportPytorch } from '../../export/index.ts';
import { layerStack, xorTemplate } from '../../model/index.ts';
import { downloadOnnx, downloadPytorch, downloadTfjs } from './downloads.ts';

/** The files the browser was asked to save, by name. */
let downloads: Map<string, Blob>;

beforeEach(() => {
  downloads = new Map();
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  // The one DOM call downloads make: a link that is clicked.
  vi.stubGlobal('document', {
    createElement: () => ({
      href: '',
      download: '',
      click() {
        downloads.set(this.download, blobs.get(this.href)!);
      },
    }),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
const model = xorTemplate();
const x = Float32Array.from([0.5, -1, -2, 2, 0, 0]);

describe('Export menu downloads', () => {
  it('TensorFlow.js: one zip whose model.json and weights TF.js loads', async () => {
    downloadTfjs(model);

    const zip = unzipSync(new Uint8Array(await downloads.get('xor-tfjs.zip')!.arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(['group1-shard1of1.bin', 'model.json']);
    const loaded = await loadWithTfjs({ modelJson: JSON.parse(new TextDecoder().decode(zip['model.json'])), weightData: zip['group1-shard1of1.bin']! });
    expect(outsideTolerance(predictWithTfjs(loaded, x, 3), enginePredict(model, x, 3), TFJS_ABSOLUTE_TOLERANCE)).toEqual([]);
  });

  it('ONNX: one .onnx file onnxruntime runs', async () => {
    downloadOnnx(model);

    const onnxBytes = new Uint8Array(await downloads.get('xor.onnx')!.arrayBuffer());
    expect(outsideTolerance(await predictWithOnnxRuntime(onnxBytes, x, 3), enginePredict(model, x, 3), ONNX_RUNTIME_ABSOLUTE_TOLERANCE)).toEqual([]);
  });

  it('an invalid graph throws a readable Error and downloads nothing', () => {
    expect(() => downloadOnnx({ ...model, edges: [] })).toThrow(/Fix the graph before exporting it:\n- /);
    expect(downloads.size).toBe(0);
  });

  it('PyTorch: the script alone, named after the graph, or zipped with its .npz when the weights are many', async () => {
    downloadPytorch(model);
    const wide = layerStack(2, [{ units: 128, fn: 'relu' }, { units: 128, fn: 'relu' }, { units: 1, fn: 'sigmoid' }], 'binary_cross_entropy', { name: 'wide' });
    downloadPytorch(wide);

    expect([...downloads.keys()]).toEqual(['xor.py', 'wide-pytorch.zip']);
    expect(await downloads.get('xor.py')!.text()).toBe(exportPytorch(model, 'xor.py').script);
    const zip = unzipSync(new Uint8Array(await downloads.get('wide-pytorch.zip')!.arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(['wide.npz', 'wide.py']);
    expect(zip['wide.npz']).toEqual(exportPytorch(wide, 'wide.py').npz);
  });
});
