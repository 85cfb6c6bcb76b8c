/** The built-in real datasets' files: where they are, and how their bytes become a table. */
export { TABLE_DATASET_FILES, readTableDataset, fetchTableDataset } from './tableDatasets.ts';
/** Labelled grey-scale images as bytes (the MNIST file's format), and as a table of pixel columns. */
export { encodeImageSet, decodeImageSet, imageSetTable } from './imageSet.ts';
export type { ImageSet } from './imageSet.ts';
