import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { npyOfFloat32, npzOfFloat32 } from './npz.ts';

describe('.npz of float32 arrays', () => {
  it('writes each array as a .npy: magic, version 1.0, a header naming dtype and shape, data 64-byte aligned, little-endian', () => {
    const npy = npyOfFloat32({ shape: [2, 3], values: Float32Array.from([1, 2, 3, 4, 5, -0.5]) });
    const headerLength = npy[8]! | (npy[9]! << 8);
    const header = new TextDecoder().decode(npy.subarray(10, 10 + headerLength));

    expect([...npy.subarray(0, 8)]).toEqual([0x93, ...new TextEncoder().encode('NUMPY'), 1, 0]);
    expect(header).toMatch(/^\{'descr': '<f4', 'fortran_order': False, 'shape': \(2, 3\), \} *\n$/);
    expect((10 + headerLength) % 64).toBe(0);
    expect([...new Float32Array(npy.slice(10 + headerLength).buffer)]).toEqual([1, 2, 3, 4, 5, -0.5]);
    expect(new TextDecoder().decode(npyOfFloat32({ shape: [4], values: new Float32Array(4) }).subarray(10, 70))).toContain("'shape': (4,)");
  });

  it('zips one <name>.npy per array, the same bytes whenever it is written', () => {
    const arrays = { 'dense1.weight': { shape: [1, 2], values: Float32Array.from([0.25, 4]) }, 'dense1.bias': { shape: [1], values: Float32Array.from([7]) } };
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2026-01-01T10:00:00'));
      const npz = npzOfFloat32(arrays);
      vi.setSystemTime(new Date('2027-06-30T23:59:58'));

      expect(Object.keys(unzipSync(npz))).toEqual(['dense1.weight.npy', 'dense1.bias.npy']);
      expect(npzOfFloat32(arrays)).toEqual(npz);
    } finally {
      vi.useRealTimers();
    }
  });
});
