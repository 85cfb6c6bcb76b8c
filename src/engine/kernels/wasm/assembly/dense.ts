/**
 * The three products of a dense layer on f32 buffers in this module's memory. Every pointer is a
 * byte offset; matrices are row-major and batch-major as in the engine (the kernel W is
 * [units][inputs]). Each product overwrites its output.
 *
 * forward is a dot-product kernel (both operands run along the inputs): 2 rows × 4 units of
 * vector accumulators, summed across lanes once at the end. The two backward products are one
 * broadcast kernel (`broadcastProduct`): C = A·B with B and C row-major and A read through two
 * strides, so `dX = G·W` and `dW = Gᵀ·X` differ only in A's strides. It keeps 4 rows × 8 columns
 * of C in registers and streams A's scalars (splat) and B's rows. Both block sizes fill 8 of
 * the 16 vector registers V8 gives wasm on x64 with accumulators, leaving room for the operands.
 */
import { firstLanes, laneSum, laneSums4, madd } from './simd';

/** out[r][j] = bias[j] + Σ_k x[r][k] · W[j][k]; bias 0 means none. */
export function denseForward(x: usize, w: usize, bias: usize, out: usize, rows: i32, inputs: i32, units: i32): void {
  const rowBytes = (<usize>inputs) << 2;
  const outRowBytes = (<usize>units) << 2;
  // Whole vectors cover `fullBytes` of each row; a partial last vector is read masked: the loads
  // may run up to 12 bytes past a row, which the arena's padding keeps inside the memory.
  const fullBytes = (<usize>(inputs & ~3)) << 2;
  const tail = inputs & 3;
  const mask = firstLanes(tail);
  const zero = f32x4.splat(0);
  let j = 0;
  for (; j + 4 <= units; j += 4) {
    const w0 = w + <usize>j * rowBytes;
    const w1 = w0 + rowBytes;
    const w2 = w1 + rowBytes;
    const w3 = w2 + rowBytes;
    const b = bias != 0 ? v128.load(bias + ((<usize>j) << 2)) : zero;
    let r = 0;
    for (; r + 2 <= rows; r += 2) {
      const xa = x + <usize>r * rowBytes;
      const xb = xa + rowBytes;
      let a0 = zero, a1 = zero, a2 = zero, a3 = zero, b0 = zero, b1 = zero, b2 = zero, b3 = zero;
      let k: usize = 0;
      for (; k < fullBytes; k += 16) {
        const p = v128.load(xa + k);
        const q = v128.load(xb + k);
        let v = v128.load(w0 + k);
        a0 = madd(p, v, a0); b0 = madd(q, v, b0);
        v = v128.load(w1 + k);
        a1 = madd(p, v, a1); b1 = madd(q, v, b1);
        v = v128.load(w2 + k);
        a2 = madd(p, v, a2); b2 = madd(q, v, b2);
        v = v128.load(w3 + k);
        a3 = madd(p, v, a3); b3 = madd(q, v, b3);
      }
      // The body again on the last partial vector, masked: repeated rather than shared, since
      // AssemblyScript has no way to hand eight accumulators back from a helper.
      if (tail != 0) {
        const p = v128.and(v128.load(xa + k), mask);
        const q = v128.and(v128.load(xb + k), mask);
        let v = v128.and(v128.load(w0 + k), mask);
        a0 = madd(p, v, a0); b0 = madd(q, v, b0);
        v = v128.and(v128.load(w1 + k), mask);
        a1 = madd(p, v, a1); b1 = madd(q, v, b1);
        v = v128.and(v128.load(w2 + k), mask);
        a2 = madd(p, v, a2); b2 = madd(q, v, b2);
        v = v128.and(v128.load(w3 + k), mask);
        a3 = madd(p, v, a3); b3 = madd(q, v, b3);
      }
      const o = out + <usize>r * outRowBytes + ((<usize>j) << 2);
      v128.store(o, f32x4.add(laneSums4(a0, a1, a2, a3), b));
      v128.store(o + outRowBytes, f32x4.add(laneSums4(b0, b1, b2, b3), b));
    }
    if (r < rows) {
      const xa = x + <usize>r * rowBytes;
      let a0 = zero, a1 = zero, a2 = zero, a3 = zero;
      let k: usize = 0;
      for (; k < fullBytes; k += 16) {
        const p = v128.load(xa + k);
        a0 = madd(p, v128.load(w0 + k), a0);
        a1 = madd(p, v128.load(w1 + k), a1);
        a2 = madd(p, v128.load(w2 + k), a2);
        a3 = madd(p, v128.load(w3 + k), a3);
      }
      if (tail != 0) {
        const p = v128.and(v128.load(xa + k), mask);
        a0 = madd(p, v128.and(v128.load(w0 + k), mask), a0);
        a1 = madd(p, v128.and(v128.load(w1 + k), mask), a1);
        a2 = madd(p, v128.and(v128.load(w2 + k), mask), a2);
        a3 = madd(p, v128.and(v128.load(w3 + k), mask), a3);
      }
      v128.store(out + <usize>r * outRowBytes + ((<usize>j) << 2), f32x4.add(laneSums4(a0, a1, a2, a3), b));
    }
  }
  for (; j < units; j++) {
    const wj = w + <usize>j * rowBytes;
    const b: f32 = bias != 0 ? load<f32>(bias + ((<usize>j) << 2)) : 0;
    for (let r = 0; r < rows; r++) {
      const xa = x + <usize>r * rowBytes;
      let a = zero;
      let k: usize = 0;
      for (; k < fullBytes; k += 16) a = madd(v128.load(xa + k), v128.load(wj + k), a);
      if (tail != 0) a = madd(v128.and(v128.load(xa + k), mask), v128.and(v128.load(wj + k), mask), a);
      store<f32>(out + <usize>r * outRowBytes + ((<usize>j) << 2), laneSum(a) + b);
    }
  }
}

/** dx[r][k] = Σ_j g[r][j] · W[j][k]: G·W, with A = G read row by row. */
export function denseInputGradient(g: usize, w: usize, dx: usize, rows: i32, inputs: i32, units: i32): void {
  const unitBytes = (<usize>units) << 2;
  const inputBytes = (<usize>inputs) << 2;
  broadcastProduct(rows, inputs, units, g, unitBytes, 4, w, inputBytes, dx, inputBytes);
}

/** dW[j][k] = Σ_r g[r][j] · x[r][k]: Gᵀ·X, with A = Gᵀ read down G's columns. */
export function denseKernelGradient(g: usize, x: usize, dw: usize, rows: i32, inputs: i32, units: i32): void {
  const unitBytes = (<usize>units) << 2;
  const inputBytes = (<usize>inputs) << 2;
  broadcastProduct(units, inputs, rows, g, 4, unitBytes, x, inputBytes, dw, inputBytes);
}

/**
 * C[i][n] = Σ_p A(i, p) · B[p][n] for an m×width C and a depth of `depth`, overwriting C. A(i, p)
 * is the f32 at a + i·aRow + p·aStep (byte strides); B and C are row-major with row strides
 * ldb and ldc in bytes. Columns go 8 at a time, then 4, then one by one.
 */
function broadcastProduct(
  m: i32, width: i32, depth: i32,
  a: usize, aRow: usize, aStep: usize,
  b: usize, ldb: usize,
  c: usize, ldc: usize,
): void {
  const zero = f32x4.splat(0);
  const aRow2 = aRow << 1;
  const aRow3 = aRow2 + aRow;
  let n = 0;
  // 8 columns: the 4-row blocks, then the leftover rows.
  for (; n + 8 <= width; n += 8) {
    const bn = b + ((<usize>n) << 2);
    const cn = c + ((<usize>n) << 2);
    let i = 0;
    for (; i + 4 <= m; i += 4) {
      let c00 = zero, c01 = zero, c10 = zero, c11 = zero, c20 = zero, c21 = zero, c30 = zero, c31 = zero;
      let ap = a + <usize>i * aRow;
      let bp = bn;
      for (let p = 0; p < depth; p++) {
        const b0 = v128.load(bp);
        const b1 = v128.load(bp, 16);
        let s = v128.load32_splat(ap);
        c00 = madd(s, b0, c00); c01 = madd(s, b1, c01);
        s = v128.load32_splat(ap + aRow);
        c10 = madd(s, b0, c10); c11 = madd(s, b1, c11);
        s = v128.load32_splat(ap + aRow2);
        c20 = madd(s, b0, c20); c21 = madd(s, b1, c21);
        s = v128.load32_splat(ap + aRow3);
        c30 = madd(s, b0, c30); c31 = madd(s, b1, c31);
        ap += aStep;
        bp += ldb;
      }
      let cp = cn + <usize>i * ldc;
      v128.store(cp, c00); v128.store(cp, c01, 16); cp += ldc;
      v128.store(cp, c10); v128.store(cp, c11, 16); cp += ldc;
      v128.store(cp, c20); v128.store(cp, c21, 16); cp += ldc;
      v128.store(cp, c30); v128.store(cp, c31, 16);
    }
    for (; i < m; i++) {
      let c0 = zero, c1 = zero;
      let ap = a + <usize>i * aRow;
      let bp = bn;
      for (let p = 0; p < depth; p++) {
        const s = v128.load32_splat(ap);
        c0 = madd(s, v128.load(bp), c0);
        c1 = madd(s, v128.load(bp, 16), c1);
        ap += aStep;
        bp += ldb;
      }
      const cp = cn + <usize>i * ldc;
      v128.store(cp, c0);
      v128.store(cp, c1, 16);
    }
  }
  // 4 columns, a row at a time.
  if (n + 4 <= width) {
    const bn = b + ((<usize>n) << 2);
    for (let i = 0; i < m; i++) {
      let c0 = zero;
      let ap = a + <usize>i * aRow;
      let bp = bn;
      for (let p = 0; p < depth; p++) {
        c0 = madd(v128.load32_splat(ap), v128.load(bp), c0);
        ap += aStep;
        bp += ldb;
      }
      v128.store(c + <usize>i * ldc + ((<usize>n) << 2), c0);
    }
    n += 4;
  }
  // The last 0–3 columns, one element at a time.
  for (; n < width; n++) {
    for (let i = 0; i < m; i++) {
      let sum: f32 = 0;
      let ap = a + <usize>i * aRow;
      let bp = b + ((<usize>n) << 2);
      for (let p = 0; p < depth; p++) {
        sum += load<f32>(ap) * load<f32>(bp);
        ap += aStep;
        bp += ldb;
      }
      store<f32>(c + <usize>i * ldc + ((<usize>n) << 2), sum);
    }
  }
}
