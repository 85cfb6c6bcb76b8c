import { describe, expect, it } from 'vitest';
import { shortestFloat32 } from './float32Text.ts';

describe('shortestFloat32', () => {
  it('reads back as the same float32, in at most 9 significant digits', () => {
    for (let i = 0; i < 2000; i++) {
      // values of every sign and of magnitudes from 1e-7 to 1e6
      const x = Math.sin(i * 12.9898) * 10 ** ((i % 13) - 6);
      const short = shortestFloat32(x);
      expect(Math.fround(short)).toBe(Math.fround(x));
      const digits = short.toExponential().replace(/^-?/, '').replace(/e.*$/, '').replace('.', '');
      expect(digits.length).toBeLessThanOrEqual(9);
    }
  });

  it('is as short as float32 allows', () => {
    expect(shortestFloat32(0.1234567891)).toBe(0.12345679);
    expect(shortestFloat32(Math.fround(0.1))).toBe(0.1);
    expect(shortestFloat32(0.5)).toBe(0.5);
    expect(shortestFloat32(-0)).toBe(-0);
  });
});
