/** "12" → 12; "", "0", "1.5", "-3" → undefined (what a units or size field accepts). */
export function parsePositiveInteger(text: string): number | undefined {
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 1 && Number.isSafeInteger(value) ? value : undefined;
}
