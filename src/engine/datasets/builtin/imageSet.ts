import { unzlibSync, zlibSync } from 'fflate';
import type { Table } from '../tabular/table.ts';

/**
 * Labelled grey-scale images, one byte a pixel (0 black … 255 white), as the built-in MNIST digits
 * are shipped: 10,000 digits take 7.9 MB as bytes and about a fifth of that compressed, against
 * 21 MB as the `mnist` package's JSON.
 */
export interface ImageSet {
  width: number;
  height: number;
  /** The class of each image, 0 … 255. */
  labels: Uint8Array;
  /** Image i is pixels[i · width · height …], row by row from the top. */
  pixels: Uint8Array;
}

// The file: zlib-deflated bytes of a 12-byte header, then the labels, then the pixels.
// header: "NLIM", format version (1), width, height, 0, image count (uint32, little-endian)
const MAGIC = [0x4e, 0x4c, 0x49, 0x4d];
const VERSION = 1;
const HEADER_BYTES = 12;

/** The compressed file of an image set. */
export function encodeImageSet({ width, height, labels, pixels }: ImageSet): Uint8Array {
  const count = labels.length;
  if (pixels.length !== count * width * height) throw new Error(`expected ${count} × ${width} × ${height} pixels, got ${pixels.length}`);
  const bytes = new Uint8Array(HEADER_BYTES + count + pixels.length);
  bytes.set(MAGIC);
  bytes.set([VERSION, width, height, 0], 4);
  new DataView(bytes.buffer).setUint32(8, count, true);
  bytes.set(labels, HEADER_BYTES);
  bytes.set(pixels, HEADER_BYTES + count);
  return zlibSync(bytes, { level: 9 });
}

/** @throws Error naming `file` when the bytes are not an image set of this format. */
export function decodeImageSet(compressed: Uint8Array, file: string): ImageSet {
  let bytes: Uint8Array;
  try {
    bytes = unzlibSync(compressed);
  } catch {
    throw new Error(`${file}: not a Netloom image set (not zlib data)`);
  }
  if (bytes.length < HEADER_BYTES || MAGIC.some((byte, i) => bytes[i] !== byte) || bytes[4] !== VERSION) {
    throw new Error(`${file}: not a Netloom image set of format ${VERSION}`);
  }
  const width = bytes[5]!;
  const height = bytes[6]!;
  const count = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
  const size = HEADER_BYTES + count + count * width * height;
  if (bytes.length !== size) throw new Error(`${file}: expected ${size} bytes for ${count} images of ${width} × ${height}, got ${bytes.length}`);
  return { width, height, labels: bytes.subarray(HEADER_BYTES, HEADER_BYTES + count), pixels: bytes.subarray(HEADER_BYTES + count) };
}

/**
 * The images as a table, as a CSV of them would read (Kaggle's MNIST layout): a categorical
 * `label` column, then one numeric column per pixel, `pixel0` … (row by row), holding 0 … 1.
 */
export function imageSetTable({ width, height, labels, pixels }: ImageSet, name: string): Table {
  const count = labels.length;
  const size = width * height;
  const classes = [...new Set(labels)].sort((a, b) => a - b);
  const codeOf = new Map(classes.map((label, code) => [label, code]));
  const label = { name: 'label', missing: 0, type: 'categorical' as const, codes: Int32Array.from(labels, (l) => codeOf.get(l)!), categories: classes.map(String) };
  const pixelColumns = Array.from({ length: size }, (_, p) => {
    const values = new Float32Array(count);
    for (let i = 0; i < count; i++) values[i] = pixels[i * size + p]! / 255;
    return { name: `pixel${p}`, missing: 0, type: 'numeric' as const, values };
  });
  return { name, rowCount: count, columns: [label, ...pixelColumns], lines: null };
}
