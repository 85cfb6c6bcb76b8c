/**
 * Up to this many weights are written into the script itself (about 12 characters each, so
 * ~120 KB of text after the code); beyond it they go into a `.npz` beside the script (4 bytes
 * each, exact), which keeps the script small enough to read and edit. In a module of its own, so
 * the editor can name it without loading the writer.
 */
export const INLINE_WEIGHT_LIMIT = 10_000;
