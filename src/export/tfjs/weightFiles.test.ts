import { describe, expect, it } from 'vitest';
import { ImportError } from '../errors.ts';
import { exportTfjs } from '../index.ts';
import { xorTemplate } from '../../model/index.ts';
import { MAX_PARAMETERS } from '../../model/index.ts';
import { MAX_TFJS_WEIGHT_BYTES, tfjsWeightFiles } from './weightFiles.ts';

/** The XOR template's TF.js model.json, with its manifest's paths replaced. */
function withPaths(...paths: string[]) {
  const { modelJson } = exportTfjs(xorTemplate());
  return { ...modelJson, weightsManifest: [{ ...modelJson.weightsManifest[0]!, paths }] };
}

describe('tfjsWeightFiles: which weight files a model.json may make Netloom read', () => {
  it('lists plain file names and the bytes the manifest describes (XOR: 33 float32 numbers)', () => {
    expect(tfjsWeightFiles(withPaths('group1-shard1of2.bin', 'group1-shard2of2.bin', 'my weights %20.bin'))).toEqual({
      names: ['group1-shard1of2.bin', 'group1-shard2of2.bin', 'my weights %20.bin'],
      totalBytes: 33 * 4,
    });
  });

  it.each([
    ['/etc/passwd', 'is an absolute path'],
    ['\\\\server\\share\\w.bin', 'is an absolute path'],
    ['C:w.bin', 'names a drive'],
    ['../w.bin', 'has a folder in it'],
    ['a/w.bin', 'has a folder in it'],
    ['a\\w.bin', 'has a folder in it'],
    ['.', 'is a folder'],
    ['https://example.com/w.bin', 'has a folder in it'],
    ['https:w.bin', 'is a URL'],
    ['w\n.bin', 'holds a control character'],
    ['', 'is empty'],
  ])('refuses %j: it %s', (path, why) => {
    expect(() => tfjsWeightFiles(withPaths('group1-shard1of1.bin', path))).toThrow(
      new ImportError(
        `model.json's weightsManifest names the weight file ${JSON.stringify(path)}, which ${why}: ` +
          'Netloom reads weight files only by their plain name, from the folder model.json is in',
      ),
    );
  });

  it('refuses a manifest describing more weights than a network may have parameters (7 million float32), saying how much', () => {
    const modelJson = withPaths('group1-shard1of1.bin');
    const [kernel] = modelJson.weightsManifest[0]!.weights;
    modelJson.weightsManifest[0]!.weights = [{ ...kernel!, shape: [2646, 2646] }];
    expect(MAX_TFJS_WEIGHT_BYTES).toBe(MAX_PARAMETERS * 4);
    expect(2646 * 2646).toBeGreaterThan(MAX_PARAMETERS);
    expect(() => tfjsWeightFiles(modelJson)).toThrow(
      new ImportError("model.json's weightsManifest describes 28,005,264 bytes of weights, over the 28,000,000 bytes Netloom imports"),
    );
  });
});
