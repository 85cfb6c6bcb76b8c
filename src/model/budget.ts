/**
 * What a network may need, checked when it compiles (so `validate` and the editor refuse what
 * the engine cannot allocate), and the file sizes those limits come from.
 */

const MIB = 1024 * 1024;

/**
 * The largest JSON file Netloom reads: a model, or a TF.js model.json. A trained 10 × 512
 * network is about 75 MiB; V8 cannot make a string of 512 MiB.
 */
export const MAX_JSON_FILE_BYTES = 256 * MIB;

/**
 * The bytes one weight takes at most in a saved model: 10 spaces of indent, up to 25
 * characters (`-0.0000028135993943578796`, a float32 as JavaScript prints it), a comma and a
 * line break (budget.test.ts measures it).
 */
export const SAVED_WEIGHT_BYTES = 37;

/**
 * The most parameters a network may have: a trained model must fit in the file Netloom reads
 * back (7 million × 37 bytes < 256 MiB). Training then keeps five float32 copies of each (the
 * weight, its gradient, Adam's two moments, the value before the last update): 140 MB.
 */
export const MAX_PARAMETERS = 7_000_000;

/** Rows a network computes at once when it predicts or evaluates; a training batch may be larger. */
export const EVALUATION_ROWS = 256;

/**
 * The most memory the values flowing through a network may take: every node's output and its
 * gradient, for every row it computes at once (the batch size, at least `EVALUATION_ROWS`).
 * It grows with depth as well as width: 1,000 layers of 64 units take as much as one of 64,000.
 */
export const MAX_ACTIVATION_BYTES = 256 * MIB;

/** Bytes per value in the engine's buffers (float32). */
export const BYTES_PER_VALUE = 4;
