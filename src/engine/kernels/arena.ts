/**
 * Float32 buffers inside one WebAssembly memory, so the WebAssembly kernels work on the engine's
 * own arrays: a kernel call passes byte offsets, and nothing is copied per step.
 *
 * Why the memory never grows: `memory.grow` detaches the ArrayBuffer, and with it every
 * Float32Array made over it, while the engine keeps its views (parameters, gradients, optimizer
 * state, batch buffers) for the whole life of a network. So each network gets its own arena,
 * sized once from a plan of everything it will allocate (see `arenaPlan.ts`) with headroom, and
 * a memory of exactly that size (initial = maximum). The reservation is cheap: engines commit a
 * memory's pages when they are first written (measured here: a 1 GiB memory added no resident
 * memory until written), so unused headroom costs address space, not RAM.
 *
 * Inside, a first-fit free list with coalescing: a released buffer's space (batch buffers
 * regrown for a larger batch, an old optimizer's state) is reused. When the arena is full,
 * `allocate` returns an ordinary JS-heap Float32Array instead and counts it in
 * `overflowAllocations`: results stay correct, and the kernels run any call that touches such a
 * buffer in JavaScript (see `wasmKernels.ts`). A runner that owns all of its buffers in one table
 * can do better and move to a fresh, larger arena, copying the parameters and optimizer state.
 */

/** Bytes per WebAssembly page. */
const PAGE = 65_536;
/**
 * Every buffer starts on a 64-byte boundary (a cache line; v128 loads are then aligned when a
 * row is). Offset 0 is never handed out, so the kernels can take 0 as "no buffer" (a null bias).
 */
const ALIGN = 64;
/** Left free at the end: the masked tail loads of the forward kernel read up to 12 bytes past a row. */
const TAIL_PADDING = 64;
/** The largest memory wasm32 can address. */
const MAX_BYTES = 65_536 * PAGE;

interface Block {
  offset: number;
  size: number;
}

export class WasmArena {
  readonly memory: WebAssembly.Memory;
  /** `memory.buffer`, which stays the same object because the memory never grows. */
  readonly buffer: ArrayBuffer;
  /** Buffers handed out from the JS heap because the arena was full. */
  overflowAllocations = 0;
  private top = ALIGN;
  private readonly limit: number;
  /** Free blocks below `top`, sorted by offset, never adjacent (they are merged). */
  private readonly free: Block[] = [];
  /** Size of each live block, by offset: what `release` gives back. */
  private readonly live = new Map<number, number>();

  /**
   * A memory holding at least `capacityBytes` of buffers.
   * @throws RangeError when that is more than wasm32 can address or the engine can reserve.
   */
  constructor(capacityBytes: number) {
    const bytes = ALIGN + roundUp(capacityBytes, ALIGN) + TAIL_PADDING;
    if (bytes > MAX_BYTES) throw new RangeError(`an arena of ${bytes} bytes is more than a WebAssembly memory can hold (4 GiB)`);
    const pages = Math.ceil(bytes / PAGE);
    this.memory = new WebAssembly.Memory({ initial: pages, maximum: pages });
    this.buffer = this.memory.buffer;
    this.limit = pages * PAGE - TAIL_PADDING;
  }

  /** Bytes the arena can hand out in all. */
  get capacity(): number {
    return this.limit - ALIGN;
  }

  /** Bytes handed out and not yet released. */
  get used(): number {
    let sum = 0;
    for (const size of this.live.values()) sum += size;
    return sum;
  }

  /** A zero-filled buffer in the memory, or null when no free space is large enough. */
  tryAllocate(length: number): Float32Array | null {
    const size = Math.max(ALIGN, roundUp(length * 4, ALIGN));
    const offset = this.takeFree(size) ?? this.takeTop(size);
    if (offset === null) return null;
    this.live.set(offset, size);
    // Fresh pages are zero; a reused block holds its last owner's numbers.
    return new Float32Array(this.buffer, offset, length).fill(0);
  }

  /** A zero-filled buffer: in the memory when it fits, on the JS heap otherwise. */
  allocate(length: number): Float32Array {
    const inArena = this.tryAllocate(length);
    if (inArena !== null) return inArena;
    this.overflowAllocations += 1;
    return new Float32Array(length);
  }

  /** Whether `view` lies in this arena's memory. */
  holds(view: ArrayBufferView): boolean {
    return view.buffer === this.buffer;
  }

  /**
   * Gives a buffer's space back. A JS-heap buffer (an overflow) is left to the garbage collector.
   * @throws Error when the view is in this memory but is not a live buffer of the arena.
   */
  release(view: ArrayBufferView): void {
    if (view.buffer !== this.buffer) return;
    const offset = view.byteOffset;
    const size = this.live.get(offset);
    if (size === undefined) throw new Error(`arena: the buffer at byte ${offset} is not live (released twice, or a subarray)`);
    this.live.delete(offset);
    this.insertFree({ offset, size });
  }

  private takeTop(size: number): number | null {
    if (this.top + size > this.limit) return null;
    const offset = this.top;
    this.top += size;
    return offset;
  }

  private takeFree(size: number): number | null {
    const index = this.free.findIndex((block) => block.size >= size);
    if (index < 0) return null;
    const block = this.free[index]!;
    const offset = block.offset;
    if (block.size === size) this.free.splice(index, 1);
    else this.free[index] = { offset: offset + size, size: block.size - size };
    return offset;
  }

  private insertFree(block: Block): void {
    let index = this.free.findIndex((other) => other.offset > block.offset);
    if (index < 0) index = this.free.length;
    this.free.splice(index, 0, block);
    const next = this.free[index + 1];
    if (next && block.offset + block.size === next.offset) {
      block.size += next.size;
      this.free.splice(index + 1, 1);
    }
    const previous = this.free[index - 1];
    if (previous && previous.offset + previous.size === block.offset) {
      previous.size += block.size;
      this.free.splice(index, 1);
    }
    // A free block that reaches the top goes back to the unallocated space.
    const last = this.free.at(-1);
    if (last && last.offset + last.size === this.top) {
      this.top = last.offset;
      this.free.pop();
    }
  }
}

function roundUp(value: number, multiple: number): number {
  return Math.ceil(value / multiple) * multiple;
}
