/** The graph cannot be exported (it does not compile); the message says why, naming nodes. */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** The file cannot be imported (not a TF.js Layers model, a layer Netloom lacks, bad weights); the message names the layer. */
export class ImportError extends Error {
  override name = 'ImportError';
}
