/** End labels ("first layer", "#12 LayerNorm") are 11 px bold: at most this wide a character, plus the gap to the line. */
const END_LABEL_CHAR_PX = 6.5;
const END_LABEL_GAP_PX = 8;
/** The room end labels get grows in steps, so the margin (and recharts' layout) changes rarely. */
const END_LABEL_ROOM_STEP = 16;
const MIN_END_LABEL_ROOM = 76;

/** Room on the right for the longest end label, or 0 when no line has one. */
export function endLabelRoom(lines: readonly { endLabel?: string }[]): number {
  const longest = Math.max(0, ...lines.map((line) => line.endLabel?.length ?? 0));
  if (longest === 0) return 0;
  const needed = END_LABEL_GAP_PX + longest * END_LABEL_CHAR_PX;
  return Math.max(MIN_END_LABEL_ROOM, Math.ceil(needed / END_LABEL_ROOM_STEP) * END_LABEL_ROOM_STEP);
}
