/** "12" → 12; "", "1.5", "-3" or a number under `min` → undefined (what a units, size or inputs field accepts). */
export function parseWholeNumber(text: string, min = 1): number | undefined {
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && Number.isSafeInteger(value) ? value : undefined;
}
