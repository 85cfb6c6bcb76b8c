import { BYTES_PER_VALUE, formatSizeAndLimit, MAX_PARAMETERS } from '../../model/index.ts';
import { ImportError } from '../errors.ts';
import { weightByteLength } from './decodeWeights.ts';
import { parseTfjsModelJson } from './modelJsonSchema.ts';

/**
 * The most weight data an import reads: `MAX_PARAMETERS` float32 values, the most a network
 * may have, so an import never writes a model that validation then refuses for its size.
 */
export const MAX_TFJS_WEIGHT_BYTES = MAX_PARAMETERS * BYTES_PER_VALUE;

/** The weight files to read for a model.json, as `tfjsWeightFiles` allows them. */
export interface TfjsWeightFiles {
  /** Plain file names in model.json's own folder, in the order `importTfjs` expects their bytes. */
  names: string[];
  /** What the manifest's weights take in all, so the most the files may hold together. */
  totalBytes: number;
}

/**
 * Which weight files a model.json may make Netloom read: the rule every reader (the CLI, the
 * editor) follows before it opens anything. A manifest path must be a plain file name, read
 * from model.json's own folder: an absolute path (`/dev/zero`), a drive (`C:w.bin`), a folder
 * (`../w.bin`, `a\w.bin`), a URL (`https:`) or a control character is refused, naming the
 * path. The weights may take at most `MAX_TFJS_WEIGHT_BYTES`. Read the files in order and
 * refuse one, before reading it, whose size is more than `totalBytes` less the bytes read
 * before it: it cannot belong to this model.json.
 *
 * @throws ImportError saying which path or how many bytes, and why.
 */
export function tfjsWeightFiles(modelJson: unknown): TfjsWeightFiles {
  const { weightPaths, weightSpecs } = parseTfjsModelJson(modelJson);
  for (const path of weightPaths) {
    const problem = notPlainFileName(path);
    if (problem) {
      throw new ImportError(
        `model.json's weightsManifest names the weight file ${JSON.stringify(path)}, which ${problem}: ` +
          'Netloom reads weight files only by their plain name, from the folder model.json is in',
      );
    }
  }
  const totalBytes = weightSpecs.reduce((sum, spec) => sum + weightByteLength(spec), 0);
  if (totalBytes > MAX_TFJS_WEIGHT_BYTES) {
    const [size, limit] = formatSizeAndLimit(totalBytes, MAX_TFJS_WEIGHT_BYTES);
    throw new ImportError(`model.json's weightsManifest describes ${size} of weights, over the ${limit} Netloom imports`);
  }
  return { names: weightPaths, totalBytes };
}

/** Why `path` is not a plain file name, or undefined when it is one. */
function notPlainFileName(path: string): string | undefined {
  if (path === '') return 'is empty';
  if (path === '.' || path === '..') return 'is a folder';
  if (/^[/\\]/.test(path)) return 'is an absolute path';
  if (/^[a-z]:/i.test(path)) return 'names a drive';
  if (/[/\\]/.test(path)) return 'has a folder in it';
  // A scheme (https:, file:) would make it an address of its own.
  if (path.includes(':')) return 'is a URL';
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'holds a control character';
  return undefined;
}
