import { formatIssue, formatSizeAndLimit, loadModel, parseJson, type ModelIssue, type NetloomModel } from '../../model/index.ts';
import type { Notice } from '../store/viewStore.ts';
import type { ChosenFile } from './chosenFiles.ts';

/** More than this and the message stops being readable; the rest is summarised. */
const MAX_LISTED_ISSUES = 6;

/** A model read from the chosen files, with what it came from in words ("model.json (TensorFlow.js)"). */
export type ImportResult = { ok: true; model: NetloomModel; source: string; format: ImportFormat } | { ok: false; notice: Notice };
export type ImportFormat = 'netloom' | 'tfjs';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const isJson = (file: ChosenFile) => file.path.toLowerCase().endsWith('.json');

function refused(what: string, details: string[]): ImportResult {
  return { ok: false, notice: { title: `Could not import ${what}; the graph is unchanged.`, details: listedFew(details) } };
}

function listedFew(details: readonly string[]): string[] {
  const hidden = details.length - MAX_LISTED_ISSUES;
  return hidden > 0 ? [...details.slice(0, MAX_LISTED_ISSUES), `…and ${hidden} more`] : [...details];
}

const issueLines = (issues: readonly ModelIssue[]) =>
  issues.map((issue) => (issue.nodeId ? `${formatIssue(issue)} (node ${issue.nodeId})` : formatIssue(issue)));

/** Why a document did not load, a line per issue (naming its node), a few listed and the rest counted; the autosave says it so too. */
export function describeModelIssues(issues: readonly ModelIssue[]): string[] {
  return listedFew(issueLines(issues));
}

/** True for the JSON of a TF.js Layers model (what `tf.LayersModel.save` writes as model.json). */
function isTfjsModelJson(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'modelTopology' in json;
}

/**
 * Reads a Netloom model from the chosen files: a `.netloom.json`, or a TensorFlow.js Layers
 * model (model.json with its weight files, or the zip the editor's TF.js export saves). Says
 * what is wrong and where otherwise; nothing is changed.
 */
export async function readImport(files: readonly ChosenFile[]): Promise<ImportResult> {
  const names = files.map((file) => baseName(file.path)).join(', ') || 'nothing';
  const jsonFiles = files.filter(isJson);
  if (jsonFiles.length === 0) {
    return refused(names, ['Choose a .netloom.json file, a TensorFlow.js model.json together with its weight files, or the zip of a TensorFlow.js export.']);
  }
  if (jsonFiles.length > 1) return refused(names, ['Choose one model at a time: these files hold more than one .json file.']);
  const [file] = jsonFiles as [ChosenFile];
  const parsed = parseJson(text(file.bytes));
  if (parsed.ok && isTfjsModelJson(parsed.value)) return readTfjs(file, parsed.value, files);
  const result = parsed.ok ? loadModel(parsed.value) : { ok: false as const, issues: [parsed.issue] };
  if (!result.ok) return refused(baseName(file.path), issueLines(result.issues));
  return { ok: true, model: result.model, source: `${baseName(file.path)} (Netloom JSON)`, format: 'netloom' };
}

/**
 * model.json plus the weight files it lists, by the export module's rule (`tfjsWeightFiles`, the
 * CLI's too): plain file names found beside model.json, holding together no more than its
 * manifest describes.
 */
async function readTfjs(modelFile: ChosenFile, modelJson: unknown, files: readonly ChosenFile[]): Promise<ImportResult> {
  const what = baseName(modelFile.path);
  // Loaded on first use: the importer shares its chunk with the exporters.
  const { importTfjs, tfjsWeightFiles, ImportError } = await import('../../export/index.ts');
  try {
    const { names, totalBytes } = tfjsWeightFiles(modelJson);
    const shards: Uint8Array[] = [];
    let left = totalBytes;
    for (const name of names) {
      const shard = files.find((file) => file.path === folderOf(modelFile.path) + name);
      if (!shard) return refused(what, [`its weights are in "${name}": choose it together with ${what} (or import the zip of the export).`]);
      if (shard.bytes.length > left) {
        const [size, limit] = formatSizeAndLimit(shard.bytes.length, left);
        return refused(what, [`the weight file "${name}" is ${size}, over the ${limit} ${what}'s weightsManifest leaves for it.`]);
      }
      left -= shard.bytes.length;
      shards.push(shard.bytes);
    }
    const model = importTfjs(modelJson, concat(shards));
    return { ok: true, model, source: `${what} (TensorFlow.js)`, format: 'tfjs' };
  } catch (error) {
    if (error instanceof ImportError) return refused(what, [error.message]);
    throw error;
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
}
