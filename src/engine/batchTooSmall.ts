/**
 * A training batch has fewer rows than a node needs: BatchNorm normalises each feature over the
 * batch, and a single row has no variance (it would output its shift alone and learn nothing).
 */
export class BatchTooSmallError extends Error {
  constructor(
    /** The node that needs more rows, as messages name it: `BatchNorm node "bn1"`. */
    readonly node: string,
    readonly rows: number,
    readonly needed: number,
  ) {
    super(
      `${node} needs at least ${needed} rows in a training batch: it normalises each feature over the batch, ` +
        `and ${rows === 1 ? 'one row has no variance' : `${rows} rows are too few`}`,
    );
    this.name = 'BatchTooSmallError';
  }
}
