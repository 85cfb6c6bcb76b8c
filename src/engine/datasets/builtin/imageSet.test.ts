import { unzlibSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../tabular/testTables.ts';
import { decodeImageSet, encodeImageSet, imageSetTable, type ImageSet } from './imageSet.ts';

/** Three 2 × 3 images labelled 7, 1, 7. */
const tiny: ImageSet = { width: 2, height: 3, labels: Uint8Array.of(7, 1, 7), pixels: Uint8Array.from({ length: 18 }, (_, i) => i * 15) };

describe('image sets', () => {
  it('round-trip through their compressed bytes', () => {
    expect(decodeImageSet(encodeImageSet(tiny), 'tiny')).toEqual(tiny);
  });

  it('read as a table: a label column of classes, then one 0–1 column per pixel', () => {
    const table = imageSetTable(tiny, 'tiny');
    expect(table.columns.map((c) => c.name)).toEqual(['label', 'pixel0', 'pixel1', 'pixel2', 'pixel3', 'pixel4', 'pixel5']);
    expect(table.columns[0]).toMatchObject({ type: 'categorical', categories: ['1', '7'], missing: 0 });
    expect(Array.from((table.columns[0] as { codes: Int32Array }).codes)).toEqual([1, 0, 1]);
    // pixel 2 of image 1 is byte 8 · 15 = 120
    expect((table.columns[3] as { values: Float32Array }).values[1]).toBeCloseTo(120 / 255, 6);
    expect(table).toMatchObject({ rowCount: 3, lines: null, name: 'tiny' });
  });

  it('refuses bytes of another kind, naming the file', () => {
    expect(errorOf(() => decodeImageSet(new Uint8Array([1, 2, 3]), 'mnist'))).toBe('mnist: not a Netloom image set (not zlib data)');
    expect(errorOf(() => decodeImageSet(zlibSync(new TextEncoder().encode('a,b\n1,2\n')), 'mnist'))).toBe('mnist: not a Netloom image set of format 1');
    const truncated = zlibSync(unzlibSync(encodeImageSet(tiny)).subarray(0, -1));
    expect(errorOf(() => decodeImageSet(truncated, 'mnist'))).toBe('mnist: expected 33 bytes for 3 images of 2 × 3, got 32');
    expect(() => encodeImageSet({ ...tiny, pixels: tiny.pixels.subarray(1) })).toThrow('expected 3 × 2 × 3 pixels, got 17');
  });
});
