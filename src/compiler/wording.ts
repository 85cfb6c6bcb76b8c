/** `1 unit`, `3 units`: counts in messages people read. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
