/** `base`, or `base_2`, `base_3`, … if taken: the first name not in `taken`, which it then joins. */
export function claimUniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}
