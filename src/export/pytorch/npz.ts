import { zipSync } from 'fflate';

/** One array for an `.npz`: row-major float32 values and their shape. */
export interface NpyArray {
  shape: readonly number[];
  values: Float32Array;
}

/**
 * A NumPy `.npz` archive: a zip holding one `<name>.npy` per array, stored uncompressed as
 * `numpy.savez` writes it, so `numpy.load(path)[name]` reads each array back exactly.
 * Format: https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html (version 1.0).
 */
export function npzOfFloat32(arrays: Readonly<Record<string, NpyArray>>): Uint8Array<ArrayBuffer> {
  const files: Record<string, Uint8Array> = {};
  for (const [name, array] of Object.entries(arrays)) files[`${name}.npy`] = npyOfFloat32(array);
  // A fixed date (the zip format's earliest), so exporting twice gives the same bytes.
  return zipSync(files, { level: 0, mtime: '1980-01-01T00:00:00' });
}

const MAGIC = [0x93, ...new TextEncoder().encode('NUMPY'), 1, 0];
/** Magic (6 bytes), version (2) and the header's length (2) come before the header text. */
const PREAMBLE = MAGIC.length + 2;

/** One `.npy` file: the preamble, a Python-literal header padded so the data starts 64-byte aligned, the little-endian values. */
export function npyOfFloat32({ shape, values }: NpyArray): Uint8Array {
  const dims = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  const dict = `{'descr': '<f4', 'fortran_order': False, 'shape': ${dims}, }`;
  const padded = dict.padEnd(Math.ceil((PREAMBLE + dict.length + 1) / 64) * 64 - PREAMBLE - 1, ' ') + '\n';
  const bytes = new Uint8Array(PREAMBLE + padded.length + values.length * 4);
  bytes.set(MAGIC);
  const view = new DataView(bytes.buffer);
  view.setUint16(MAGIC.length, padded.length, true);
  bytes.set(new TextEncoder().encode(padded), PREAMBLE);
  const start = PREAMBLE + padded.length;
  for (let i = 0; i < values.length; i++) view.setFloat32(start + 4 * i, values[i]!, true);
  return bytes;
}
