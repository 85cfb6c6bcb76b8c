import { describe, expect, it } from 'vitest';
import { sha256Hex } from './fileHash.ts';

describe('sha256Hex', () => {
  it('gives the SHA-256 of the bytes as 64 lowercase hex digits (FIPS 180-2 test vector "abc")', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
