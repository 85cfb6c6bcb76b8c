/**
 * The shortest decimal that float32 reads back as the same value as `x`: 0.1234567891 →
 * 0.12345679. Netloom computes in float32, so weights written this way (in a link, in an
 * exported script) lose nothing and take about half the characters of a double's digits.
 * Zero and non-finite values come back as float32 has them.
 */
export function shortestFloat32(x: number): number {
  const target = Math.fround(x);
  if (!Number.isFinite(target) || target === 0) return target;
  // 9 significant digits always suffice for float32 (IEEE 754-2008, 5.12.2).
  for (let digits = 1; digits < 9; digits++) {
    const candidate = Number(target.toPrecision(digits));
    if (Math.fround(candidate) === target) return candidate;
  }
  return Number(target.toPrecision(9));
}
