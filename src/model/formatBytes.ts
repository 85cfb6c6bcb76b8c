const UNITS = ['KiB', 'MiB', 'GiB', 'TiB'] as const;
const grouped = new Intl.NumberFormat('en-US');

/** A size for a message: `812 bytes`, `1.5 KiB`, `300 MiB`, `1.5 GiB` (binary units, one decimal at most). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number(value.toFixed(1))} ${UNITS[unit]}`;
}

/**
 * A size and the limit it is over, for one message: rounded (`1.5 GiB`, `256 MiB`) unless
 * rounding would show them equal, then in exact bytes (`268,435,457 bytes`, `268,435,456 bytes`).
 */
export function formatSizeAndLimit(size: number, limit: number): [size: string, limit: string] {
  const rounded = [formatBytes(size), formatBytes(limit)] as [string, string];
  if (rounded[0] !== rounded[1]) return rounded;
  return [`${grouped.format(size)} bytes`, `${grouped.format(limit)} bytes`];
}
