import { describe, expect, it } from 'vitest';
import { WasmArena } from './arena.ts';

describe('WasmArena', () => {
  it('hands out zero-filled float32 views of its memory on 64-byte boundaries, never at offset 0', () => {
    const arena = new WasmArena(1 << 16);
    const a = arena.allocate(3);
    const b = arena.allocate(17);
    for (const view of [a, b]) {
      expect(view.buffer).toBe(arena.memory.buffer);
      expect(view.byteOffset % 64).toBe(0);
      expect(view.byteOffset).toBeGreaterThan(0);
      expect(Array.from(view).every((value) => value === 0)).toBe(true);
    }
    expect(b.byteOffset).toBeGreaterThanOrEqual(a.byteOffset + 3 * 4);
    expect(arena.used).toBe(64 + 128);
  });

  it('reuses released space, zero-filled again', () => {
    const arena = new WasmArena(1 << 16);
    const a = arena.allocate(16);
    arena.allocate(16);
    a.fill(7);
    arena.release(a);
    const again = arena.allocate(10);
    expect(again.byteOffset).toBe(a.byteOffset);
    expect(Array.from(again).every((value) => value === 0)).toBe(true);
  });

  it('merges neighbouring free blocks, so a larger buffer fits where two smaller ones were', () => {
    const arena = new WasmArena(1 << 16);
    const a = arena.allocate(16);
    const b = arena.allocate(16);
    const c = arena.allocate(16);
    arena.release(b);
    arena.release(a);
    const wide = arena.allocate(32);
    expect(wide.byteOffset).toBe(a.byteOffset);
    expect(wide.byteOffset + wide.byteLength).toBeLessThanOrEqual(c.byteOffset);
  });

  it('gives space freed at the top back, so regrowing the last buffers does not creep upwards', () => {
    const arena = new WasmArena(1 << 16);
    arena.allocate(16);
    const last = arena.allocate(100);
    arena.release(last);
    expect(arena.allocate(200).byteOffset).toBe(last.byteOffset);
  });

  it('falls back to the JS heap when full, counts it, and ignores releasing such a buffer', () => {
    const arena = new WasmArena(256);
    const capacity = arena.capacity / 4;
    const fits = arena.allocate(capacity);
    const overflow = arena.allocate(16);
    expect(arena.holds(fits)).toBe(true);
    expect(arena.holds(overflow)).toBe(false);
    expect(overflow).toHaveLength(16);
    expect(arena.overflowAllocations).toBe(1);
    expect(() => arena.release(overflow)).not.toThrow();
  });

  it('refuses to release a buffer twice, or a view it did not hand out', () => {
    const arena = new WasmArena(1 << 16);
    const a = arena.allocate(16);
    arena.release(a);
    expect(() => arena.release(a)).toThrow(`arena: the buffer at byte ${a.byteOffset} is not live (released twice, or a subarray)`);
    const b = arena.allocate(16);
    expect(() => arena.release(b.subarray(1))).toThrow(/not live/);
  });

  it('refuses a capacity a WebAssembly memory cannot hold', () => {
    expect(() => new WasmArena(5 * 2 ** 30)).toThrow(RangeError);
  });
});
